/**
 * An incident's figures in its words: a place or caption says `{records} records lost`, and the
 * edition writes the number the way its language does (3,000,000,000; 3 000 000 000;
 * 3.000.000.000) from content/incidents.yaml, so that no translation retypes a fact.
 */
import type { Figure, IncidentText } from './schema.ts';
import { formatNumber } from './format.ts';

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
			for (const [, name] of words[field].matchAll(/\{(\w+)\}/g)) {
				named.add(name);
				if (!measures.includes(name as Figure['measure']))
					problems.push(
						`content/${file}: "${incident.id}.${field}" has {${name}}, which is not one of its figures (${measures.map((m) => `{${m}}`).join(', ') || 'it has none'})`
					);
			}
		for (const measure of measures)
			if (!named.has(measure))
				problems.push(`content/${file}: "${incident.id}" does not name its figure {${measure}} in its place or caption`);
	}
}

/** The place and caption with their figures written out in the edition's language. */
export function fillFigures<T extends IncidentText>(words: T, figures: Figure[], lang: string): T {
	const value = (name: string) => figures.find((f) => f.measure === name)?.value;
	const filled = (text: string) =>
		text.replace(/\{(\w+)\}/g, (match, name: string) => {
			const n = value(name);
			return n === undefined ? match : formatNumber(n, lang);
		});
	return { ...words, place: filled(words.place), caption: filled(words.caption) };
}
