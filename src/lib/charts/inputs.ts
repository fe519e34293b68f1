/**
 * What the charts count and compare, picked from the content: pure functions,
 * free of the drawing code and d3, so that the pages' data tables
 * ($lib/charts/tables) can use them without shipping what draws the charts.
 */
import type { Incident } from '$lib/content/parse';
// Relative, not $lib: the build's own scripts (the slide deck) load this module outside Vite.
import { formatFigure, type NumberWords } from '../content/format';

export interface BreachInput {
	id: string;
	label: string;
	value: number;
	/** The number as the poster writes it, with what it counts: "3,000,000,000 accounts". */
	valueText: string;
	year: number;
}

const MEASURES = ['accounts', 'records'] as const;

/** The breaches with a count of accounts or records, largest first. */
export function breachInputs(incidents: Incident[], numbers: NumberWords): BreachInput[] {
	return incidents
		.filter((i) => i.category === 'breach')
		.flatMap((i) => {
			const figure = i.figures.find((f) => (MEASURES as readonly string[]).includes(f.measure));
			return figure
				? [
						{
							id: i.id,
							label: i.label,
							value: figure.value,
							valueText: formatFigure(figure, numbers),
							year: i.year
						}
					]
				: [];
		})
		.sort((a, b) => b.value - a.value);
}

export interface ThreatCount {
	id: string;
	count: number;
}

/** Incidents per threat, most first; ties keep the threats' order. */
export function threatCounts(incidents: Pick<Incident, 'category'>[], threatIds: string[]): ThreatCount[] {
	return threatIds
		.map((id) => ({ id, count: incidents.filter((i) => i.category === id).length }))
		.sort((a, b) => b.count - a.count);
}
