/**
 * The incidents as downloadable data: one flat row per incident for CSV, and
 * the same fields (with the figures as a list) for JSON. Column names and their
 * order come from content/en/data.yaml, where they are documented.
 */
import type { Content } from './parse';
import { Measures } from './schema';
import { formatFigure } from './format';
import type { CsvTable } from '../charts/csv';

export function incidentRows(content: Content): CsvTable {
	const columns = Object.keys(content.data.columns).map((key) => ({ key, label: key }));
	const rows = content.incidents.map((i) => {
		const row: Record<string, string | number | null> = {
			id: i.id,
			label: i.label,
			threat_id: i.category,
			threat: content.threats.find((t) => t.id === i.category)?.name ?? i.category,
			place: i.place,
			country_code: i.country,
			date: i.date,
			date_precision: i.precision,
			caption: i.caption,
			figures: i.figures.map((f) => formatFigure(f, content.story.measures)).join('; '),
			note: i.note ?? null,
			note_sources: i.sources?.join('; ') ?? null
		};
		for (const measure of Measures)
			row[measure] = i.figures.find((f) => f.measure === measure)?.value ?? null;
		return row;
	});
	const unknown = columns.filter((c) => !(c.key in rows[0]));
	if (unknown.length)
		throw new Error(
			`content/en/data.yaml names columns the data does not have: ${unknown.map((c) => c.key).join(', ')}`
		);
	return { columns, rows };
}

export function incidentJson(content: Content) {
	return {
		title: content.story.meta.title,
		source: content.story.meta.posterAttribution,
		data: content.dataLine,
		columns: content.data.columns,
		incidents: content.incidents.map((i) => ({
			id: i.id,
			label: i.label,
			threat_id: i.category,
			place: i.place,
			country_code: i.country,
			date: i.date,
			date_precision: i.precision,
			caption: i.caption,
			figures: i.figures,
			note: i.note ?? null,
			note_sources: i.sources ?? []
		}))
	};
}
