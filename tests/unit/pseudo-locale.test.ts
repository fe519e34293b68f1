/**
 * No words written in code: an edition made from English with every letter of
 * every string visibly changed ("Dówñļóáđ"), used only here, is rendered on
 * every surface (the story, the poster, the chart index and pages, the chart
 * files, the export's README, the PDF's metadata). Any English word that still
 * comes through unchanged was not taken from the edition's content.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { parse, stringify } from 'yaml';
import type { Component } from 'svelte';
import StoryPage from '../../src/routes/[[lang=edition]]/+page.svelte';
import PosterPage from '../../src/routes/[[lang=edition]]/poster/+page.svelte';
import ChartsPage from '../../src/routes/[[lang=edition]]/charts/+page.svelte';
import ChartPage from '../../src/routes/[[lang=edition]]/charts/[id]/+page.svelte';
import ChartFile from '$lib/components/charts/ChartFile.svelte';
import { CONTENT_FILES, parseEditions } from '$lib/content/parse';
import { TEXT_FILES } from '$lib/content/editions';
import { CHART_IDS } from '$lib/content/charts';
import { fill } from '$lib/content/format';
import { readContentFiles } from '$lib/server/content';
import { buildMap } from '$lib/server/map';
import { chartsReadme } from '../../scripts/lib/chart-export';
import { posterMetadata } from '../../scripts/lib/make-poster';

/** A pseudo-locale: English letters swapped for accented ones, the {placeholders} kept. */
const PSEUDO = 'en-XA';
const LETTERS = 'áƀçđéƒĝĥíĵķļɱñóþʠŕšţúṽŵẋýž';
const pseudo = (text: string) =>
	text.replace(/\{\w+\}|[a-zA-Z]/g, (m) => {
		if (m.length > 1) return m;
		const letter = LETTERS[m.toLowerCase().charCodeAt(0) - 97];
		return m === m.toLowerCase() ? letter : letter.toUpperCase();
	});
/** Every string but ids (an `id`, the `incidents` and `sources` an event names), which are references, not words. */
const isReference = (value: string, key: string) =>
	['id', 'incidents', 'sources'].includes(key) && /^[a-z0-9-]+$/.test(value);
const transform = (value: unknown, key = ''): unknown =>
	typeof value === 'string'
		? isReference(value, key)
			? value
			: pseudo(value)
		: Array.isArray(value)
			? value.map((item) => transform(item, key))
			: value && typeof value === 'object'
				? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transform(v, k)]))
				: value;

const files = readContentFiles();
for (const file of TEXT_FILES) files[`${PSEUDO}/${file}`] = stringify(transform(parse(files[`en/${file}`])));
const content = parseEditions(files)[PSEUDO];
const map = buildMap(content);

const WORD = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+/g;
const words = (text: string) => text.match(WORD) ?? [];
/** English words of 3 letters or more in the English words, less those of the shared facts (names,
 * sources: the same in every edition) and of the dates Intl writes. */
const english = (() => {
	const strings = (value: unknown): string[] =>
		typeof value === 'string'
			? [value]
			: value && typeof value === 'object'
				? Object.values(value).flatMap(strings)
				: [];
	const facts = new Set(
		Object.values(CONTENT_FILES)
			.filter((name) => !name.startsWith('en/'))
			.flatMap((name) => strings(parse(files[name] ?? '')).flatMap(words))
			.map((w) => w.toLowerCase())
	);
	const months = Array.from({ length: 12 }, (_, m) =>
		(['long', 'short'] as const).map((month) => new Date(2020, m).toLocaleString(PSEUDO, { month }))
	).flat();
	for (const month of months) facts.add(month.toLowerCase().replace('.', ''));
	const all = TEXT_FILES.flatMap((file) => strings(parse(files[`en/${file}`])).flatMap(words));
	return new Set(all.map((w) => w.toLowerCase()).filter((w) => w.length >= 3 && !facts.has(w)));
})();

/** The text a reader gets of a rendered page: its text and the attributes read out or shown. */
function shownText(html: string): string {
	const attributes = [...html.matchAll(/\s(?:aria-label|alt|title|content|placeholder)="([^"]*)"/g)].map(
		(m) => m[1]
	);
	// Code is not words: scripts, styles, the embed code, the data's column ids; nor are addresses
	// and file names.
	const text = html
		.replace(/<(script|style|textarea|code)[\s\S]*?<\/\1>/g, ' ')
		// A tag, with quoted attribute values that may hold a '>' (the embed code a button copies).
		.replace(/<[^>"]*(?:"[^"]*"[^>"]*)*>/g, ' ')
		.replace(/&[#\w]+;/g, ' ');
	return withoutAddresses([text, ...attributes].join(' '));
}

const withoutAddresses = (text: string) =>
	text.replace(/https?:\/\/\S+/g, ' ').replace(/[\w-]+\.(svg|png|csv|json|pptx|pdf|txt)\b/g, ' ');

/** English words a text still shows, each once. */
const leaks = (text: string) => [
	...new Set(words(text).filter((w) => /^[A-Za-z]+$/.test(w) && english.has(w.toLowerCase())))
];

const layout = {
	editions: [
		{ lang: PSEUDO, name: content.story.edition.name, locale: 'en_XA', href: '/en-XA', current: true }
	],
	switcherLabel: content.story.edition.switcherLabel,
	siteUrl: 'https://example.org'
};
const poster = {
	href: '/downloads/poster.pdf',
	label: fill(content.story.opening.posterLink, { sheet: 'A1' })
};
const page = (component: Component<{ data: object }>, data: object) => {
	const { head, body } = render(component, { props: { data: { ...layout, ...data } } });
	return shownText(head + body);
};

describe('a pseudo-locale made from English', () => {
	it('passes the edition checks, so it is a complete edition', () => expect(content.lang).toBe(PSEUDO));

	it('changes every English word (the test can see a leak)', () => {
		expect(leaks(pseudo('Download our poster'))).toEqual([]);
		expect(leaks('Download our poster')).toEqual(['Download', 'our', 'poster']);
		expect(english.size).toBeGreaterThan(500);
	});

	type Surface = [string, () => string];
	it.each<Surface>([
		['the story', () => page(StoryPage as never, { content, map, poster })],
		['the poster', () => page(PosterPage as never, { content, map })],
		['the chart index', () => page(ChartsPage as never, { content })],
		...CHART_IDS.map((id): Surface => [
			`the chart page ${id}`,
			() => page(ChartPage as never, { id, content, map })
		]),
		...CHART_IDS.flatMap((id) =>
			(['slide', 'plain', 'share'] as const).map((variant): Surface => [
				`the ${variant} file of ${id}`,
				() => shownText(render(ChartFile, { props: { id, content, map, theme: 'light', variant } }).body)
			])
		),
		// The README lists the incident data's column ids (`threat_id: …`): names, not words.
		[
			'the export README',
			() => withoutAddresses(chartsReadme(content, 'https://example.org')).replace(/^ {2}[a-z_]+:/gm, ' ')
		],
		['the poster PDF’s metadata', () => Object.values(posterMetadata(content)).flat().join(' ')]
	])('%s shows no English word', (_, shown) => expect(leaks(shown())).toEqual([]));
});
