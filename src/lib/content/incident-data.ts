/**
 * The incidents as downloadable data: one flat row per incident for CSV, and
 * the same fields (with the figures as a list) for JSON. The CSV's columns are
 * INCIDENT_CSV_COLUMNS, in that order; content/en/data.yaml describes each of
 * them in the same order, and content validation holds it to that.
 */
import type { Content } from './parse.ts';
import { Measures, type Measure } from './schema.ts';
import { formatFigure } from './format.ts';
import { listSeparator } from './typography.ts';
import type { CsvTable } from '../charts/csv.ts';

/** The columns of /data/incidents.csv, in order. Their names are stable ids that scripts rely on. */
export const INCIDENT_CSV_COLUMNS = [
	'id',
	'label',
	'threat_id',
	'threat',
	'place',
	'country_code',
	'date',
	'date_precision',
	'caption',
	'figures',
	...Measures,
	'note',
	'note_sources',
	'attribution',
	'attribution_sources'
] as const;
export type IncidentCsvColumn = (typeof INCIDENT_CSV_COLUMNS)[number];

export function incidentRows(content: Content): CsvTable {
	const columns = INCIDENT_CSV_COLUMNS.map((key) => ({ key, label: key }));
	const rows = content.incidents.map((i) => {
		const measures = Object.fromEntries(
			Measures.map((measure) => [measure, i.figures.find((f) => f.measure === measure)?.value ?? null])
		) as Record<Measure, number | null>;
		const row: Record<IncidentCsvColumn, string | number | null> = {
			id: i.id,
			label: i.label,
			threat_id: i.category,
			threat: content.threats.find((t) => t.id === i.category)?.name ?? i.category,
			place: i.place,
			country_code: i.country,
			date: i.date,
			date_precision: i.precision,
			caption: i.caption,
			figures: i.figures.map((f) => formatFigure(f, content.numbers)).join(listSeparator(content.lang)),
			...measures,
			note: i.note ?? null,
			note_sources: i.sources.map((s) => s.text).join(listSeparator(content.lang)) || null,
			attribution: i.attribution.text,
			attribution_sources: i.attribution.sources.map((s) => s.text).join(listSeparator(content.lang)) || null
		};
		return row;
	});
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
			note_sources: i.sources,
			attribution: i.attribution.text,
			attribution_sources: i.attribution.sources
		}))
	};
}
