/**
 * The chart files the build ships: what someone dropping them into a slide or
 * a spreadsheet gets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContent, parseEditions } from '$lib/content/parse';
import { inEdition } from '$lib/content/editions';
import { readContentFiles } from '$lib/server/content';
import { CHART_FILES, INCIDENTS_DATA } from '$lib/charts/files';
import { chartTable } from '$lib/charts/tables';

const content = parseContent(readContentFiles());
const built = (path: string) => `build${path}`;
const read = (path: string) => {
	if (!existsSync(built(path))) throw new Error(`${built(path)} is missing: run npm run build first.`);
	return readFileSync(built(path), 'utf8');
};

/** PNG width and height from its IHDR chunk. */
function pngSize(path: string): [number, number] {
	const data = readFileSync(built(path));
	expect(data.subarray(1, 4).toString()).toBe('PNG');
	return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe.each(content.charts.map((c) => [c.id, c] as const))('chart %s', (id, chart) => {
	it.each(['svg', 'svgDark', 'svgPlain'] as const)('%s is a self-contained SVG with a viewBox and a title', (kind) => {
		const svg = read(CHART_FILES[kind](id));
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 960 540"/);
		expect(svg).toContain(`<title id="title">${chart.title.replace(/&/g, '&amp;')}</title>`);
		expect(svg, 'no outside CSS or references').not.toMatch(/var\(--|class="|<link|@import|href="(?!#)|url\((?!#)/);
		expect(svg.match(/<(path|rect|circle|line|text)\b/g)?.length ?? 0).toBeGreaterThan(5);
	});

	it('the slide SVG carries the source line', () => {
		const text = read(CHART_FILES.svg(id)).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(text).toContain('Source: European Union factsheet');
		expect(text).toContain('Council on Foreign Relations 2019');
	});

	it.each([
		['png', 1920, 1080],
		['png4k', 3840, 2160],
		['pngDark', 1920, 1080],
		['pngPlain', 1920, 1080]
	] as const)('%s is %d × %d', (kind, w, h) => expect(pngSize(CHART_FILES[kind](id))).toEqual([w, h]));

	it('has its data as CSV: the header of its table, and a row for each of its rows', () => {
		const table = chartTable(id, content);
		const [head, ...rows] = read(CHART_FILES.csv(id)).replace(/^\uFEFF/, '').trim().split('\r\n');
		expect(head.split(',')).toEqual(table.columns.map((column) => column.key));
		expect(rows).toHaveLength(table.rows.length);
	});
});

describe('the incident data', () => {
	it('is a CSV of 18 rows with the documented columns', () => {
		const [head, ...rows] = read(INCIDENTS_DATA.csv).replace(/^\uFEFF/, '').trim().split('\r\n');
		expect(head.split(',')).toEqual(Object.keys(content.data.columns));
		expect(rows).toHaveLength(18);
		expect(rows.find((r) => r.startsWith('singhealth,'))).toContain('1500000');
	});

	it('is JSON with the 18 incidents, their figures and notes', () => {
		const data = JSON.parse(read(INCIDENTS_DATA.json));
		expect(data.incidents).toHaveLength(18);
		expect(data.incidents.find((i: { id: string }) => i.id === 'yahoo').figures[0].value).toBe(3_000_000_000);
		expect(data.incidents.filter((i: { note: string | null }) => i.note)).toHaveLength(12);
	});
});

describe.each(Object.entries(parseEditions(readContentFiles())))('the %s chart pages', (lang, edition) => {
	it.each(edition.charts.map((c) => [c.id, c] as const))(
		'%s has its own link-preview card, a 1200 × 630 PNG the build made, with its title and description',
		(id, chart) => {
			const page = read(`${inEdition(lang, `/charts/${id}`)}.html`);
			const image = page.match(/<meta property="og:image" content="([^"]+)"/)![1];
			const path = new URL(image).pathname;
			expect(path).toBe(inEdition(lang, CHART_FILES.pngCard(id)));
			expect(pngSize(path)).toEqual([1200, 630]);
			// The words a link preview shows: the chart's title, and its description for the picture.
			const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
			expect(page).toContain(`<meta property="og:title" content="${attribute(chart.title)}"`);
			expect(page).toContain(`<meta property="og:image:alt" content="${attribute(chart.description)}"`);
			const card = read(inEdition(lang, CHART_FILES.svgCard(id)));
			expect(card).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1200 630"/);
			// Only ordinary spaces collapse: French keeps its no-break spaces ("« boîte").
			const text = card.replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' ');
			for (const word of chart.title.split(' ')) expect(text).toContain(word.replace(/&/g, '&amp;'));
		}
	);
});
