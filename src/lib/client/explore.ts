/** Filtering and sorting the incident list: pure, so it is tested without a browser. */
import type { Incident } from '../content/parse';
import { compareDates, compareNames } from '../content/order';

export interface ExploreQuery {
	threat: string; // '' for all
	place: string; // '' for all
	sort: 'date' | 'size';
}

/** What filtering and sorting read of an incident. */
export type ExploreItem = Pick<Incident, 'id' | 'category' | 'place' | 'date' | 'label'> & {
	figures: { value: number }[];
};

/** Largest figure first; incidents without a figure keep date order at the end. */
const sizeOf = (incident: ExploreItem) => Math.max(-1, ...incident.figures.map((f) => f.value));

export function exploreIncidents<T extends ExploreItem>(incidents: T[], query: ExploreQuery): T[] {
	const chosen = incidents.filter(
		(i) => (!query.threat || i.category === query.threat) && (!query.place || i.place === query.place)
	);
	const byDate = (a: T, b: T) => compareDates(a.date, b.date) || compareNames(a.label, b.label);
	return chosen.sort(query.sort === 'size' ? (a, b) => sizeOf(b) - sizeOf(a) || byDate(a, b) : byDate);
}

/** The places a reader can filter by, in the alphabetical order of the edition's language (États-Unis with the E's). */
export function placesOf(incidents: Pick<Incident, 'place'>[], lang = 'en'): string[] {
	return [...new Set(incidents.map((i) => i.place))].sort(new Intl.Collator(lang).compare);
}
