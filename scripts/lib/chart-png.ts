/**
 * Draws the charts' SVG files as PNGs in Chromium: each SVG inline in a blank
 * page at its 960 × 540 design size, with the site's font embedded, and the
 * device scale set to 2 or 4, so text is drawn at design size and scaled up,
 * never shrunk. Writes next to the target and renames, so no half files.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { CHROME_ARGS, findBrowser } from './browser.ts';
import { CHART_IDS } from '../../src/lib/content/charts.ts';
import { CHART_FILES, PNG_RENDITIONS } from '../../src/lib/charts/files.ts';
import { FRAMES } from '../../src/lib/charts/frame.ts';

const FONT_DIR = 'node_modules/@fontsource/source-sans-3/files';

async function fontFaces(): Promise<string> {
	const faces = await Promise.all(
		[400, 600, 700].map(async (weight) => {
			const data = await readFile(join(FONT_DIR, `source-sans-3-latin-${weight}-normal.woff2`));
			return `@font-face{font-family:'Source Sans 3';font-weight:${weight};src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2')}`;
		})
	);
	return faces.join('');
}

export interface PngJob {
	svgFile: string;
	pngFile: string;
	scale: number;
	/** Design size in CSS pixels; charts are 960 × 540. */
	size?: { width: number; height: number };
}

/** Every PNG rendition of every chart, reading SVGs from `siteRoot` and writing PNGs to `outDir`. */
export function pngJobs(siteRoot: string, outDir: string): PngJob[] {
	const base = (path: string) => path.replace(/^\/charts\//, '');
	return CHART_IDS.flatMap((id) =>
		PNG_RENDITIONS.map(({ kind, from, scale, size }) => ({
			svgFile: join(siteRoot, 'charts', base(CHART_FILES[from](id))),
			pngFile: join(outDir, base(CHART_FILES[kind](id))),
			scale,
			size
		}))
	);
}

export async function launchBrowser(): Promise<Browser> {
	return puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS, headless: true });
}

export async function drawPngs(jobs: PngJob[], log: (line: string) => void = () => {}, browser?: Browser) {
	const own = !browser;
	browser ??= await launchBrowser();
	try {
		const page = await browser.newPage();
		const fonts = await fontFaces();
		for (const job of jobs) {
			const { width, height } = job.size ?? FRAMES.wide;
			const svg = await readFile(job.svgFile, 'utf8').catch(() => {
				throw new Error(`${job.svgFile} is missing: build the site first (npm run build).`);
			});
			await page.setViewport({ width, height, deviceScaleFactor: job.scale });
			await page.setContent(
				`<!doctype html><html><head><style>${fonts}html,body{margin:0}svg{display:block;width:${width}px;height:${height}px}</style></head><body>${svg}</body></html>`,
				{ waitUntil: 'load' }
			);
			await page.evaluate(() => document.fonts.ready);
			const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } });
			const temporary = `${job.pngFile}.tmp`;
			await writeFile(temporary, png);
			await rename(temporary, job.pngFile);
			log(`  ✓ ${job.pngFile}`);
		}
	} finally {
		if (own) await browser.close();
	}
}
