/**
 * `npm run build`: the site in every edition, then the files made from it, as
 * a plain sequence of steps: each edition's poster, rendered from the built
 * site, its chart images and slide deck, and the share images.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SIZE } from './lib/cli.ts';
import { makePoster } from './lib/make-poster.ts';
import { headersFile } from './lib/headers.ts';
import { exportCharts } from './lib/chart-export.ts';
import { drawPngs } from './lib/chart-png.ts';
import { deckPath } from '../src/lib/charts/files.ts';
import { editionBase, inEdition } from '../src/lib/content/editions.ts';
import { editionLangs } from '../src/lib/server/content.ts';
import { formatBytes, posterFileName } from '../src/lib/server/downloads.ts';
import { siteAddress } from '../src/lib/site-address.js';

const SITE = 'build';

function step(title: string) {
	console.log(`\n━━ ${title}`);
}

function buildSite() {
	const result = spawnSync('npx', ['--no-install', 'vite', 'build'], { stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal}).`);
}

async function renderPoster(lang: string) {
	const out = join(SITE, 'downloads', posterFileName(DEFAULT_SIZE, lang));
	const { bytes } = await makePoster({ size: DEFAULT_SIZE, lang, out, root: SITE }, console.log);
	console.log(`✓ ${out} (${formatBytes(bytes)})`);
}

try {
	// Every output names the site's public address: without one the build stops before it starts.
	const site = siteAddress(process.env);
	const langs = editionLangs();
	step(`Site (vite build: ${langs.join(', ')}) for ${site.url}/`);
	buildSite();
	// The headers file names the site's paths, so it is written for the base path it is served under.
	writeFileSync(join(SITE, '_headers'), headersFile(site.base));
	for (const lang of langs) {
		step(`Poster (${lang}, ${DEFAULT_SIZE} PDF)`);
		await renderPoster(lang);
	}
	for (const lang of langs) {
		step(`Chart images and slide deck (${lang})`);
		await exportCharts({
			root: SITE,
			lang,
			outDir: join(SITE, editionBase(lang), 'charts'),
			deckFile: join(SITE, deckPath(lang)),
			siteUrl: site.url,
			everything: false,
			log: (line) => console.log(line)
		});
	}
	step('Share images');
	await drawPngs(
		langs.map((lang) => ({
			svgFile: join(SITE, inEdition(lang, '/share.svg')),
			pngFile: join(SITE, inEdition(lang, '/share.png')),
			scale: 1,
			size: { width: 1200, height: 630 }
		})),
		(line) => console.log(line)
	);
} catch (error) {
	console.error(`\n✗ Build failed: ${(error as Error).message}`);
	process.exitCode = 1;
}
