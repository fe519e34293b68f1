/**
 * Each edition ships in its own words: what the build wrote for French or German (pages, chart
 * files, tables, data, deck) holds no English label left over from the facts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BASE_LANG, editionBase } from '$lib/content/editions';
import { deckPath } from '$lib/charts/files';
import { parseEditions } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';

const editions = parseEditions(readContentFiles());
const BUILD = 'build';
const TEXT = /\.(html|svg|csv|json)$/;

/** A translated edition's text files: its home page and everything under its folder. */
function textFiles(lang: string): string[] {
	if (!existsSync(join(BUILD, `${lang}.html`))) throw new Error('build/ is missing: run npm run build first.');
	const root = join(BUILD, editionBase(lang));
	const under = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => TEXT.test(name));
	return [join(BUILD, `${lang}.html`), ...under.map((name) => join(root, name))];
}

/** The words on the deck's slides, as its XML holds them. */
async function deckText(lang: string): Promise<string> {
	const zip = await JSZip.loadAsync(readFileSync(join(BUILD, deckPath(lang))));
	// The slides, the native charts' data, and the charts that are pictures (SVG).
	const parts = Object.keys(zip.files).filter((name) => /^ppt\/(slides\/[^/]+\.xml|charts\/[^/]+\.xml|media\/[^/]+\.svg)$/.test(name));
	return (await Promise.all(parts.map((name) => zip.file(name)!.async('string')))).join('\n');
}

const label = (lang: string) => editions[lang].incidents.find((i) => i.id === 'anonymous-affiliated')!.label;
const ENGLISH = label(BASE_LANG);

describe.each(Object.keys(editions).filter((lang) => lang !== BASE_LANG))('the %s edition', (lang) => {
	const files = textFiles(lang);

	it('prints the actor the factsheet only describes in its own words, never in English', () => {
		for (const chart of editions[lang].charts)
			expect(files).toContain(join(BUILD, editionBase(lang), 'charts', `${chart.id}.svg`));
		expect(files.filter((file) => readFileSync(file, 'utf8').includes(ENGLISH))).toEqual([]);
		expect(readFileSync(join(BUILD, `${lang}.html`), 'utf8')).toContain(label(lang));
		expect(readFileSync(join(BUILD, editionBase(lang), 'charts/map.csv'), 'utf8')).toContain(label(lang));
		expect(readFileSync(join(BUILD, editionBase(lang), 'data/incidents.csv'), 'utf8')).toContain(label(lang));
	});

	it('has none of it in its deck either', async () => {
		const text = await deckText(lang);
		expect(text).not.toContain(ENGLISH);
		expect(text).toContain(editions[lang].charts[0].title);
	});
});

describe('the English edition', () => {
	it('prints the factsheet’s own words for that actor', async () => {
		expect(readFileSync(join(BUILD, 'index.html'), 'utf8')).toContain(ENGLISH);
		expect(readFileSync(join(BUILD, 'charts/map.csv'), 'utf8')).toContain(ENGLISH);
		expect(await deckText(BASE_LANG)).toContain(ENGLISH);
	});
});
