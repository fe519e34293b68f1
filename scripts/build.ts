/**
 * `npm run build`: the site in every edition, then the files made from it, as
 * a plain sequence of steps. An edition's poster can only be rendered from the
 * built site, yet the site links it with its size; so each poster's record
 * (.cache/poster.json, .cache/poster-fr.json, …) feeds the next site build, and
 * the site is built once more only when a record changed. Files made from the
 * site go to .cache/ first, because every `vite build` empties build/, and are
 * copied in at the end.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_SIZE, posterFileName } from './lib/cli.ts';
import { makePoster } from './lib/make-poster.ts';
import { exportCharts } from './lib/chart-export.ts';
import { drawPngs } from './lib/chart-png.ts';
import { deckPath } from '../src/lib/charts/files.ts';
import { editionBase, inEdition } from '../src/lib/content/editions.ts';
import { editionLangs } from '../src/lib/server/content.ts';
import {
	formatBytes,
	posterRecordPath,
	readPosterRecord,
	type PosterRecord
} from '../src/lib/server/downloads.ts';

const SITE = 'build';
const CACHE = '.cache/downloads';

function step(title: string) {
	console.log(`\n━━ ${title}`);
}

function buildSite() {
	const result = spawnSync('npx', ['--no-install', 'vite', 'build'], { stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal}).`);
}

async function renderPosterToCache(lang: string): Promise<PosterRecord> {
	const file = posterFileName(DEFAULT_SIZE, lang);
	const out = join(CACHE, file);
	await makePoster({ size: DEFAULT_SIZE, lang, out, root: SITE }, (line) => console.log(line));
	const bytes = statSync(out).size;
	return { file, bytes, label: formatBytes(bytes), sheet: DEFAULT_SIZE };
}

function writeRecord(lang: string, record: PosterRecord) {
	const path = posterRecordPath(lang);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, `${JSON.stringify(record, null, '\t')}\n`);
}

/** Whether the pages built from `before` would link the poster differently from `after`. */
function linkChanged(before: PosterRecord | undefined, after: PosterRecord): boolean {
	return before?.file !== after.file || before.label !== after.label || before.sheet !== after.sheet;
}

function copyIntoSite(record: PosterRecord) {
	mkdirSync(join(SITE, 'downloads'), { recursive: true });
	copyFileSync(join(CACHE, record.file), join(SITE, 'downloads', record.file));
	console.log(`✓ ${SITE}/downloads/${record.file} (${record.label})`);
}

try {
	const langs = editionLangs();
	const builtWith = langs.map((lang) => readPosterRecord(posterRecordPath(lang)));
	step(`Site (vite build: ${langs.join(', ')})`);
	buildSite();
	const posters: PosterRecord[] = [];
	for (const lang of langs) {
		step(`Poster (${lang}, ${DEFAULT_SIZE} PDF)`);
		posters.push(await renderPosterToCache(lang));
		writeRecord(lang, posters.at(-1)!);
	}
	if (posters.some((poster, i) => linkChanged(builtWith[i], poster))) {
		step(`Site again, to link the posters (${posters.map((p) => p.label).join(', ')})`);
		buildSite();
	}
	step('Downloads');
	posters.forEach(copyIntoSite);
	for (const lang of langs) {
		step(`Chart images and slide deck (${lang})`);
		await exportCharts({
			root: SITE,
			lang,
			outDir: join(SITE, editionBase(lang), 'charts'),
			deckFile: join(SITE, deckPath(lang)),
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
