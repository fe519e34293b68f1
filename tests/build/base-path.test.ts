/**
 * The site built for a path of someone else's host (BASE_PATH, with its public address in
 * SITE_URL): the pages alone (`vite build`, into a folder of their own) link nothing at the
 * domain's root, name no local address, and served under that path alone every link answers but
 * the files `npm run build` makes after them (posters, PNGs, decks).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionLangs } from '$lib/server/content';
import { inEdition } from '$lib/content/editions';
import { linksInCss, linksInHtml, checkLinks, type LinkReport } from '../../scripts/lib/link-check';
import { startStaticServer } from '../../scripts/lib/static-server';
import { tempFolder } from '../temp-folder';

const BASE = '/stories/cyber';
const PUBLIC = `https://example.eu${BASE}`;
/** What scripts/build.ts draws and prints after the pages: no page-only build has them. */
const MADE_LATER = /\.(png|pdf|pptx)$/;

const folder = tempFolder('base-path');
const out = join(folder, 'site');
let files: string[] = [];
let report: LinkReport;

beforeAll(async () => {
	// As from a shell: the test runner's NODE_ENV=test would build the pages for development.
	const { NODE_ENV: _testing, ...env } = process.env;
	const build = spawnSync('npx', ['--no-install', 'vite', 'build'], {
		env: { ...env, BASE_PATH: BASE, SITE_URL: PUBLIC, SITE_OUT_DIR: out },
		encoding: 'utf8'
	});
	if (build.status !== 0) throw new Error(`vite build under ${BASE} failed:\n${build.stderr}`);
	files = readdirSync(out, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
	const site = await startStaticServer(out, 0);
	try {
		report = await checkLinks(site.url, PUBLIC);
	} finally {
		await site.close();
	}
}, 180_000);

const text = (pattern: RegExp) => files.filter((file) => pattern.test(file)).map((file) => [file.slice(out.length), readFileSync(file, 'utf8')] as const);

describe(`the pages built for ${PUBLIC}`, () => {
	it('link nothing at the domain’s root: every page, asset, font and file is under the path', () => {
		const outside = [
			...text(/\.html$/).flatMap(([file, html]) => linksInHtml(html).map((link) => [file, link])),
			...text(/\.css$/).flatMap(([file, css]) => linksInCss(css).map((link) => [file, link]))
		].filter(([, link]) => link.startsWith('/') && link !== BASE && !link.startsWith(`${BASE}/`));
		expect(outside).toEqual([]);
	});

	it('name no local address in any file', () => {
		const local = text(/\.(html|css|js|json|svg|csv|txt)$|_headers$/).filter(([, body]) => /localhost|127\.0\.0\.1/.test(body));
		expect(local.map(([file]) => file)).toEqual([]);
	});

	it('name the public address in every page’s canonical link', () => {
		for (const lang of editionLangs())
			expect(readFileSync(join(out, `${inEdition(lang, '/') === '/' ? 'index' : lang}.html`), 'utf8')).toContain(
				`<link rel="canonical" href="${PUBLIC}${inEdition(lang, '/')}"`
			);
	});

	it('served under the path alone, reach every edition and break no link but the files made later', () => {
		for (const lang of editionLangs()) expect(report.reached).toContain(inEdition(lang, '/charts'));
		expect(report.broken.filter((link) => !MADE_LATER.test(link.path))).toEqual([]);
	});
});
