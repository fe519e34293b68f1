/** Filtering and sorting the incident list: pure, so it is tested without a browser. */
import type { Incident } from './content/parse';
import { compareDates, compareNames } from './order';

export interface ExploreQuery {
	threat: string; // '' for all
	place: string; // '' for all
	sort: 'date' | 'size';
}

/** Largest figure first; incidents without a figure keep date order at the end. */
const sizeOf = (incident: Incident) => Math.max(-1, ...incident.figures.map((f) => f.value));

export function exploreIncidents(incidents: Incident[], query: ExploreQuery): Incident[] {
	const chosen = incidents.filter(
		(i) => (!query.threat || i.category === query.threat) && (!query.place || i.place === query.place)
	);
	const byDate = (a: Incident, b: Incident) => compareDates(a.date, b.date) || compareNames(a.label, b.label);
	return chosen.sort(query.sort === 'size' ? (a, b) => sizeOf(b) - sizeOf(a) || byDate(a, b) : byDate);
}

/** The places a reader can filter by, alphabetically. */
export function placesOf(incidents: Incident[]): string[] {
	return [...new Set(incidents.map((i) => i.place))].sort(compareNames);
}
