/**
 * The words the site quotes are the factsheet's own: every running sentence of
 * the source (threat descriptions, the cost, the EU's roles, toolbox, norms)
 * appears word for word in content/, and every figure and label too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { formatNumber } from '$lib/content/format';

const content = parseContent(readContentFiles());

/** The source with the extraction's known misspellings fixed, as words only. */
const FIXES: [RegExp, string][] = [
	[/Taoabdegan/g, 'Tapandegan'],
	[/Mahshad/g, 'Mashhad'],
	[/SinghHealth/g, 'SingHealth'],
	[/Anonymousaffiliated/g, 'Anonymous-affiliated'],
	[/highlevel/g, 'high-level']
];
// The site sets apostrophes as ’ and the extraction has them straight: compare them as one.
const words = (text: string) =>
	text
		.toLowerCase()
		.replace(/’/g, "'")
		.replace(/[‑-]/g, '-')
		.replace(/[^a-z0-9$%'&é,-]+/g, ' ')
		.replace(/ ,/g, ',')
		.trim();
const source = words(
	FIXES.reduce(
		(text, [from, to]) => text.replace(from, to),
		readFileSync('content/source/peace-and-stability-in-cyberspace.txt', 'utf8')
	)
);

describe('content quotes the factsheet word for word', () => {
	const s = content.story;
	const passages = [
		...s.opening.paragraphs,
		...content.threats.map((t) => t.description.replace(/\.$/, '')),
		...s.cost.paragraphs,
		...s.eu.roles.flatMap((r) => r.points),
		...s.eu.toolbox.items.map((i) => i.text),
		...s.eu.norms.items
	];
	it.each(passages.map((p) => [p.slice(0, 60), p]))('%s…', (_start, passage) => {
		expect(source).toContain(words(passage));
	});

	it('names every incident as the factsheet does (spelling fixed)', () => {
		for (const incident of content.incidents)
			expect(source, incident.label).toContain(words(incident.label.replace(/ \(.*\)$/, '')));
	});

	it('gives every figure as the factsheet does', () => {
		for (const incident of content.incidents)
			for (const figure of incident.figures)
				expect(source, `${incident.id} ${figure.measure}`).toContain(words(formatNumber(figure.value)));
		for (const headline of content.headlines) expect(source).toContain(words(headline.label));
	});
});
