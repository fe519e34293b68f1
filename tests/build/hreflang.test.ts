/**
 * Every page names itself in every edition, as search engines and a reader's browser read it:
 * the page's language, and an hreflang link to the same page in each edition, English the default.
 * Read from the built files, which carry these in their head whatever runs after.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inEdition } from '$lib/content/editions';
import { editionLangs } from '$lib/server/content';
import { resolveFile } from '../../scripts/lib/static-server';

const PAGES = ['/', '/poster', '/charts', '/charts/timeline', '/404'];
const LANGS = editionLangs();

function pageAt(path: string): string {
	const file = resolveFile('build', path);
	if (!file) throw new Error(`No built page answers ${path}: run npm run build first.`);
	return readFileSync(file, 'utf8');
}

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

describe.each(LANGS)('the %s pages', (lang) => {
	it.each(PAGES)('%s links the same page in every edition, with English as the default', (path) => {
		const html = pageAt(inEdition(lang, path));
		expect(attribute(html.match(/<html\b[^>]*>/)![0], 'lang')).toBe(lang);
		const alternates = [...html.matchAll(/<link\b[^>]*>/g)]
			.map(([tag]) => tag)
			.filter((tag) => attribute(tag, 'rel') === 'alternate' && attribute(tag, 'hreflang'))
			.map((tag) => [attribute(tag, 'hreflang'), new URL(attribute(tag, 'href')!).pathname]);
		expect(alternates.sort()).toEqual(
			[...LANGS.map((other) => [other, inEdition(other, path)]), ['x-default', path]].sort()
		);
	});
});
