/**
 * The web fonts are cut down to the characters the site holds
 * (scripts/lib/font-subset.ts): every character a built page shows must be
 * among them, or a reader would see it in a fallback face.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteCharacters } from '../../scripts/lib/font-subset';

const pages = ['build/index.html', 'build/poster.html', 'build/charts.html'];
for (const page of pages)
	if (!existsSync(page)) throw new Error(`${page} is missing: run \`npm run build\` before these tests.`);
const chartPages = readdirSync('build/charts')
	.filter((name) => name.endsWith('.html'))
	.map((name) => join('build/charts', name));

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
	const kept = new Set(siteCharacters());

	it('keep every character the built pages show', () => {
		for (const page of [...pages, ...chartPages]) {
			const missing = [...shownCharacters(readFileSync(page, 'utf8'))].filter((c) => !kept.has(c));
			expect(missing, page).toEqual([]);
		}
	});

	it('are much smaller than the Latin fonts they come from', () => {
		const fonts = readdirSync('build/_app/immutable/assets').filter((name) => name.endsWith('.woff2'));
		expect(fonts.length).toBeGreaterThanOrEqual(4);
		for (const font of fonts) {
			const [, family, rest] = font.match(/^(source-(?:sans-3|serif-4))-(latin-[\w-]+?)\.[\w-]+\.woff2$/)!;
			const original = readFileSync(`node_modules/@fontsource/${family}/files/${family}-${rest}.woff2`);
			const subset = readFileSync(join('build/_app/immutable/assets', font));
			expect(subset.length, font).toBeLessThan(original.length * 0.75);
		}
	});
});
