/**
 * The page a reader gets at an address where there is none: each edition's 404.html, which static
 * hosts (and scripts/lib/static-server.ts) send with status 404. It says so in the edition's
 * language, leads back to the story and the charts, and asks search engines not to list it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionBase, inEdition } from '$lib/content/editions';
import { parseEditions } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';

const editions = parseEditions(readContentFiles());

describe.each(Object.keys(editions))('the %s not-found page', (lang) => {
	const file = join('build', editionBase(lang), '404.html');
	const html = () => {
		if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first.`);
		return readFileSync(file, 'utf8');
	};
	const { story, chartUi } = editions[lang];

	it('says there is no page there, in the edition’s language', () => {
		expect(html()).toMatch(new RegExp(`<html lang="${lang}"`));
		expect(html()).toContain(`<h1>${story.notFound.heading}</h1>`);
		expect(html()).toContain(`<title>${story.notFound.heading} · ${story.meta.title}</title>`);
	});

	it('leads back to the edition’s story and its charts', () => {
		for (const [path, words] of [
			['/', chartUi.backToStory],
			['/charts', chartUi.indexHeading]
		])
			expect(html()).toContain(`<a href="${inEdition(lang, path)}">${words}</a>`);
	});

	it('is not listed by search engines', () => expect(html()).toContain('<meta name="robots" content="noindex"'));
});
