/**
 * `npm run build`: the site, then the files made from it, as a plain sequence
 * of steps. The poster can only be rendered from the built site, yet the site
 * links it with its size; so the poster's record (.cache/poster.json) feeds the
 * next site build, and the site is built once more only when the record
 * changed. Files made from the site go to .cache/ first, because every
 * `vite build` empties build/, and are copied in at the end.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_SIZE, posterFileName } from './lib/cli.ts';
import { makePoster } from './lib/make-poster.ts';
import { exportCharts } from './lib/chart-export.ts';
import { drawPngs } from './lib/chart-png.ts';
import { DECK_PATH } from '../src/lib/charts/files.ts';
import {
	formatBytes,
	POSTER_RECORD,
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

async function renderPosterToCache(): Promise<PosterRecord> {
	const file = posterFileName(DEFAULT_SIZE);
	const out = join(CACHE, file);
	await makePoster({ size: DEFAULT_SIZE, out, root: SITE }, (line) => console.log(line));
	const bytes = statSync(out).size;
	return { file, bytes, label: formatBytes(bytes), sheet: DEFAULT_SIZE };
}

function writeRecord(record: PosterRecord) {
	mkdirSync(dirname(POSTER_RECORD), { recursive: true });
	writeFileSync(POSTER_RECORD, `${JSON.stringify(record, null, '\t')}\n`);
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
	const builtWith = readPosterRecord();
	step('Site (vite build)');
	buildSite();
	step(`Poster (${DEFAULT_SIZE} PDF)`);
	const poster = await renderPosterToCache();
	writeRecord(poster);
	if (linkChanged(builtWith, poster)) {
		step(`Site again, to link the poster as ${poster.label}`);
		buildSite();
	}
	step('Downloads');
	copyIntoSite(poster);
	step('Chart images and slide deck');
	await exportCharts({
		root: SITE,
		outDir: join(SITE, 'charts'),
		deckFile: join(SITE, DECK_PATH),
		everything: false,
		log: (line) => console.log(line)
	});
	step('Share image');
	await drawPngs(
		[
			{
				svgFile: join(SITE, 'share.svg'),
				pngFile: join(SITE, 'share.png'),
				scale: 1,
				size: { width: 1200, height: 630 }
			}
		],
		(line) => console.log(line)
	);
} catch (error) {
	console.error(`\n✗ Build failed: ${(error as Error).message}`);
	process.exitCode = 1;
}
