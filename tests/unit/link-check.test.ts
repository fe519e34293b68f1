/**
 * The link checker on a small site served under a path: it finds what is linked from pages,
 * stylesheets and the site's own address in text, and names what does not answer, or answers
 * only at the domain's root.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, linksInHtml, type LinkReport } from '../../scripts/lib/link-check';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server';
import { tempFolder } from '../temp-folder';

const PUBLIC = 'https://example.eu/stories/cyber';
const HOME = `<!doctype html><html><head>
<meta name="description" content="A story about cyberspace">
<link rel="canonical" href="${PUBLIC}/"/>
<meta property="og:image" content="${PUBLIC}/share.png">
<link rel="stylesheet" href="/stories/cyber/style.css">
</head><body>
<a href="#main">Skip</a>
<a href="/stories/cyber/fr">Français</a>
<a href="/stories/cyber/charts/map">Map</a>
<a href="/downloads/poster.pdf">Poster</a>
<a href="https://ec.europa.eu/factsheet">Source</a>
<img src="data:image/png;base64,AAAA" alt="">
<textarea>&lt;iframe src=&quot;${PUBLIC}/charts/gone&quot;&gt;&lt;/iframe&gt;</textarea>
</body></html>`;

const root = tempFolder('link-check');
let site: RunningServer;
let report: LinkReport;

beforeAll(async () => {
	mkdirSync(join(root, 'charts'));
	mkdirSync(join(root, 'downloads'));
	writeFileSync(join(root, 'index.html'), HOME);
	writeFileSync(join(root, 'fr.html'), '<!doctype html><a href="/stories/cyber/">English</a>');
	writeFileSync(join(root, 'charts', 'map.html'), `<!doctype html><p>Cite: ${PUBLIC}/charts/map.</p>`);
	writeFileSync(join(root, 'style.css'), '@font-face{src:url(/stories/cyber/font.woff2)}');
	writeFileSync(join(root, 'font.woff2'), 'font');
	writeFileSync(join(root, 'share.png'), 'png');
	writeFileSync(join(root, 'downloads', 'poster.pdf'), 'pdf');
	site = await startStaticServer(root, 0);
	report = await checkLinks(site.url, PUBLIC);
});
afterAll(async () => {
	await site?.close();
});

describe('checkLinks', () => {
	it('follows pages, stylesheets, fonts, share images and the address in text', () => {
		expect([...report.reached].sort()).toEqual(
			[
				'/',
				'/charts/gone',
				'/charts/map',
				'/downloads/poster.pdf',
				'/font.woff2',
				'/fr',
				'/share.png',
				'/style.css'
			].sort()
		);
	});

	it('names what is missing, and what is linked at the domain’s root instead of under the path', () => {
		expect(report.broken).toEqual([
			{ path: '/downloads/poster.pdf', problem: 'outside /stories/cyber/', from: '/' },
			{ path: '/charts/gone', problem: 'HTTP 404', from: '/' }
		]);
	});

	it('counts other hosts without asking them', () => {
		expect([...report.external]).toEqual(['https://ec.europa.eu/factsheet']);
	});
});

describe('linksInHtml', () => {
	it('reads a meta tag’s content as an address only where it is one', () => {
		expect(
			linksInHtml('<meta name="description" content="Peace"><meta content="https://a.eu/x.png">')
		).toEqual(['https://a.eu/x.png']);
	});
});
