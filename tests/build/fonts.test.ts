/**
 * The web fonts are cut down to the characters the site holds
 * (scripts/lib/font-subset.ts): every character a built page of any edition
 * shows must have a glyph in them, or a reader would see it in a fallback face.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCharacters } from './font-cmap';

const EDITIONS = ['', 'fr/', 'de/'];
const pages = EDITIONS.flatMap((dir) => [
	dir ? `build/${dir.slice(0, -1)}.html` : 'build/index.html',
	`build/${dir}poster.html`,
	`build/${dir}charts.html`
]);
for (const page of pages)
	if (!existsSync(page)) throw new Error(`${page} is missing: run \`npm run build\` before these tests.`);
const chartPages = EDITIONS.flatMap((dir) =>
	readdirSync(`build/${dir}charts`)
		.filter((name) => name.endsWith('.html'))
		.map((name) => join(`build/${dir}charts`, name))
);
const ASSETS = 'build/_app/immutable/assets';
const fonts = readdirSync(ASSETS).filter((name) => name.endsWith('.woff2'));

/** The characters of a page's text and attribute values that a font draws. */
function shownCharacters(html: string): Set<string> {
	const text = html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
		.replace(/&[a-z]+;/g, ' ');
	return new Set([...text].filter((c) => !/\s/.test(c) || c === '\u00a0'));
}

describe('the subset fonts', () => {
	it.each(fonts)('%s has a glyph for every character the pages of every edition show', (font) => {
		const glyphs = fontCharacters(join(ASSETS, font));
		for (const page of [...pages, ...chartPages]) {
			const missing = [...shownCharacters(readFileSync(page, 'utf8'))].filter((c) => !glyphs.has(c));
			expect(missing, page).toEqual([]);
		}
	});

	it('draw what French and German add: accents, ß, quotation marks, the narrow no-break space', () => {
		for (const font of fonts)
			expect([...'éèàçÉäöüßÜ«»„“\u202f'].filter((c) => !fontCharacters(join(ASSETS, font)).has(c))).toEqual(
				[]
			);
	});

	it('are much smaller than the Latin fonts they come from', () => {
		const faces = readFileSync('src/lib/styles/web-fonts.css', 'utf8').match(/^@import /gm)!;
		expect(fonts.length, 'one file for each face the stylesheet imports').toBe(faces.length);
		for (const font of fonts) {
			const [, family, rest] = font.match(/^(source-(?:sans-3|serif-4))-(latin-[\w-]+?)\.[\w-]+\.woff2$/)!;
			const original = readFileSync(`node_modules/@fontsource/${family}/files/${family}-${rest}.woff2`);
			const subset = readFileSync(join('build/_app/immutable/assets', font));
			expect(subset.length, font).toBeLessThan(original.length * 0.75);
		}
	});
});

describe('the first screen', () => {
	const preloaded = (html: string) =>
		[...html.matchAll(/<link [^>]*\bas="font"[^>]*>/g)].map((m) => m[0].match(/href="([^"]+)"/)![1]);
	const wanted = fonts.filter((font) => font.includes('-normal.')).map((font) => `/_app/immutable/assets/${font}`);

	it('has four upright faces to fetch: text in three weights and the headlines', () =>
		expect(wanted).toHaveLength(4));

	// Fetched with the page rather than once its first layout finds text in them: so the text is
	// laid out once, in its own faces, rather than again when they swap in.
	it.each([...pages, ...chartPages])('%s preloads its four faces as WOFF2, and no other font', (page) =>
		expect(preloaded(readFileSync(page, 'utf8')).sort()).toEqual(wanted.sort()));
});
