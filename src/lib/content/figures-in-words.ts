/**
 * An incident's figures in its words: a place or caption says `{records} records lost`, and the
 * edition writes the number the way its language does (3,000,000,000; 3 000 000 000;
 * 3.000.000.000) from content/incidents.yaml, so that no translation retypes a fact.
 */
import type { Figure, IncidentText } from './schema.ts';
import { fill, formatNumber } from './format.ts';
import { placeholdersOf } from './editions.ts';

const WORDS = ['place', 'caption'] as const;

/** Every figure of every incident is named in its place or caption, and nothing else is. */
export function figuresInWords(
	file: string,
	incidents: { id: string; figures: Figure[] }[],
	text: Record<string, IncidentText>,
	problems: string[]
) {
	for (const incident of incidents) {
		const words = text[incident.id];
		if (!words) continue;
		const measures = incident.figures.map((f) => f.measure);
		const named = new Set<string>();
		for (const field of WORDS)
			for (const name of placeholdersOf(words[field])) {
				named.add(name);
				if (!measures.includes(name as Figure['measure']))
					problems.push(
						`content/${file}: "${incident.id}.${field}" has {${name}}, which is not one of its figures (${measures.map((m) => `{${m}}`).join(', ') || 'it has none'})`
					);
			}
		for (const measure of measures)
			if (!named.has(measure))
				problems.push(
					`content/${file}: "${incident.id}" does not name its figure {${measure}} in its place or caption`
				);
	}
}

/** The place and caption with their figures written out in the edition's language. */
export function fillFigures<T extends IncidentText>(words: T, figures: Figure[], lang: string): T {
	const values = Object.fromEntries(figures.map((f) => [f.measure, formatNumber(f.value, lang)]));
	return { ...words, place: fill(words.place, values), caption: fill(words.caption, values) };
}
