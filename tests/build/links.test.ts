/**
 * The built site as a reader follows it: crawled from its first page over every edition, every
 * link, picture, stylesheet, font, download and data file answers, and so does every address the
 * pages give by the site's public address (canonical, hreflang, share images, embed codes).
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_FILES, deckPath, INCIDENTS_DATA } from '$lib/charts/files';
import { inEdition } from '$lib/content/editions';
import { CHART_IDS } from '$lib/content/charts';
import { editionLangs } from '$lib/server/content';
import { posterFileName } from '$lib/server/downloads';
import { builtAddress } from '../../scripts/lib/built-site';
import { checkLinks, type LinkReport } from '../../scripts/lib/link-check';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server';

const address = builtAddress('build');
if (!address) throw new Error('build/index.html is missing or names no address: run `npm run build` before these tests.');

const FONTS = 'build/_app/immutable/assets';

let site: RunningServer;
let report: LinkReport;
beforeAll(async () => {
	site = await startStaticServer('build', 0);
	report = await checkLinks(site.url, address.url);
}, 60_000);
afterAll(() => site?.close());

/** What a reader of an edition reaches: its pages, every chart's page and files, the data, the poster PDF and the deck. */
const readerReaches = (lang: string) => [
	...['/', '/charts', '/share.png', ...Object.values(INCIDENTS_DATA)].map((path) => inEdition(lang, path)),
	...CHART_IDS.flatMap((id) =>
		[`/charts/${id}`, ...(['svg', 'svgPlain', 'png', 'png4k', 'pngDark', 'pngCard', 'csv'] as const).map((kind) => CHART_FILES[kind](id))].map(
			(path) => inEdition(lang, path)
		)
	),
	`/downloads/${posterFileName(undefined, lang)}`,
	deckPath(lang),
	'/embed.js'
];

describe('the built site, crawled from its first page', () => {
	it('has no broken link, picture, stylesheet, font, download or data file', () => {
		expect(report.broken).toEqual([]);
	});

	it.each(editionLangs())('reaches every page and file of the %s edition', (lang) => {
		const missed = readerReaches(lang).filter((path) => !report.reached.has(path));
		expect(missed).toEqual([]);
	});

	it('reaches every web font the build holds, by the stylesheets that name them', () => {
		const fonts = readdirSync(FONTS).filter((file) => /\.woff2?$/.test(file));
		expect(fonts.filter((file) => !report.reached.has(`/${FONTS.slice('build/'.length)}/${file}`))).toEqual([]);
	});
});
