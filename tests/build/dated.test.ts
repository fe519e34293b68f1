/**
 * Every page a reader can land on says when it was published and last updated, in its edition's
 * words: the story, the poster, the charts index and each chart's page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inEdition } from '$lib/content/editions';
import { CHART_IDS } from '$lib/content/charts';
import { parseEditions } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';

const editions = parseEditions(readContentFiles());
const PAGES = ['/', '/poster', '/charts', ...CHART_IDS.map((id) => `/charts/${id}`)];

/** The built file of a page: `/fr/charts/map` is build/fr/charts/map.html, `/` build/index.html. */
const fileOf = (path: string) => join('build', path === '/' ? 'index.html' : `${path.replace(/\/$/, '')}.html`);

/** The page's text as a reader sees it: no tags, entities and spaces as the browser shows them. */
const textOf = (html: string) =>
	html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&amp;/g, '&');

describe.each(Object.keys(editions))('the %s edition', (lang) => {
	it.each(PAGES)('%s says when it was published and last updated', (path) => {
		const file = fileOf(inEdition(lang, path));
		if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first.`);
		expect(textOf(readFileSync(file, 'utf8'))).toContain(editions[lang].dated);
	});
});
