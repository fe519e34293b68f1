/**
 * The measuring half of `npm run budgets`: loads every page of the built site
 * in headless Chromium from the static server, records every request and
 * response, and turns them into the figures scripts/lib/budget-check.ts judges.
 * Only deterministic figures: bytes (gzip level 9, the way a static host
 * compresses text) and counts, never timings.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type HTTPResponse } from 'puppeteer';
import { CHROME_ARGS, findBrowser } from './browser.ts';
import { editionHomes, resolveFile } from './static-server.ts';
import type { Figures } from './budget-check.ts';

/** Viewport the pages are loaded at: a phone, as Lighthouse's mobile run. */
const VIEWPORT = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** One resource a page loaded, with the bytes a compressing host would send for it. */
export interface Transfer {
	url: string;
	type: string;
	/** The body as stored. */
	bytes: number;
	/** The body as sent: gzip level 9 for text, as is for formats that are compressed already. */
	sent: number;
}

export interface PageVisit {
	path: string;
	transfers: Transfer[];
	offSite: string[];
	console: string[];
}

/** Content types a static host compresses; everything else (woff2, png, pdf…) is sent as it is. */
export function isCompressible(contentType: string): boolean {
	const type = contentType.split(';')[0].trim().toLowerCase();
	return (
		type.startsWith('text/') ||
		/^application\/(javascript|json|xml|manifest\+json|ld\+json|.*\+xml)$/.test(type) ||
		type === 'image/svg+xml'
	);
}

export function gzipSize(body: Uint8Array): number {
	return gzipSync(body, { level: 9 }).length;
}

/** Every page of the built site, in every edition: the story, the poster, the chart index and each chart's page. */
export function sitePages(root = 'build'): string[] {
	return editionHomes(root).flatMap((home) => {
		const base = home === '/' ? '' : home;
		const chartsDir = join(root, base, 'charts');
		const charts = existsSync(chartsDir)
			? readdirSync(chartsDir)
					.filter((name) => name.endsWith('.html') && statSync(join(chartsDir, name)).isFile())
					.map((name) => `${base}/charts/${name.slice(0, -'.html'.length)}`)
					.sort()
			: [];
		return [home, `${base}/poster`, `${base}/charts`, ...charts];
	});
}

async function bodyOf(response: HTTPResponse, root: string): Promise<Uint8Array | undefined> {
	try {
		return await response.buffer();
	} catch {
		// Chromium may drop a body it no longer needs; the file on disk is the same bytes.
		const file = resolveFile(root, new URL(response.url()).pathname);
		return file ? readFileSync(file) : undefined;
	}
}

/** Scrolls to the end and back, a screen at a time (lazy content starts loading well before it
 * is in view). A string: tsx would otherwise add helpers the page does not have to the function's
 * source. */
const SCROLL_THROUGH = `(async () => {
	for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
		scrollTo(0, y);
		await new Promise((done) => setTimeout(done, 50));
	}
	scrollTo(0, 0);
	await new Promise((done) => setTimeout(done, 50));
})()`;

/** Loads one page in a fresh browser context (empty cache) and records what it did. */
export async function visitPage(
	browser: Browser,
	siteUrl: string,
	path: string,
	root = 'build'
): Promise<PageVisit> {
	const origin = new URL(siteUrl).origin;
	const context = await browser.createBrowserContext();
	const page = await context.newPage();
	const visit: PageVisit = { path, transfers: [], offSite: [], console: [] };
	const pending: Promise<void>[] = [];
	const seen = new Set<string>();
	page.on('console', (message) => {
		const type = message.type();
		if (type === 'error' || type === 'warn')
			visit.console.push(`${path}: console ${type === 'warn' ? 'warning' : type}: ${message.text()}`);
	});
	page.on('pageerror', (error) => visit.console.push(`${path}: uncaught error: ${(error as Error).message}`));
	page.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about):/.test(url)) return;
		if (new URL(url).origin !== origin) visit.offSite.push(`${path}: ${request.method()} ${url}`);
	});
	page.on('response', (response) => {
		const url = response.url();
		if (/^(data|blob|about):/.test(url) || seen.has(url) || new URL(url).origin !== origin) return;
		seen.add(url);
		pending.push(
			bodyOf(response, root).then((body) => {
				const type = response.headers()['content-type'] ?? '';
				const bytes = body?.length ?? 0;
				const sent = body && isCompressible(type) ? gzipSize(body) : bytes;
				visit.transfers.push({ url, type, bytes, sent });
			})
		);
	});
	try {
		await page.setViewport(VIEWPORT);
		const response = await page.goto(new URL(path, siteUrl).href, {
			waitUntil: 'load',
			timeout: 60_000
		});
		if (!response?.ok()) visit.console.push(`${path}: answered HTTP ${response?.status() ?? 'nothing'}`);
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		// Scroll to the end and back, so anything loaded or run on scroll is counted too; the wait for
		// a quiet network after it catches whatever the load or the scroll started.
		await page.evaluate(SCROLL_THROUGH);
		await page.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 });
		await Promise.all(pending);
	} finally {
		await context.close();
	}
	visit.transfers.sort((a, b) => a.url.localeCompare(b.url));
	return visit;
}

const isJs = (t: Transfer) => /javascript/.test(t.type) || /\.m?js(\?|$)/.test(t.url);
const isCss = (t: Transfer) => /text\/css/.test(t.type) || /\.css(\?|$)/.test(t.url);
const sum = (transfers: Transfer[]) => transfers.reduce((total, t) => total + t.sent, 0);

/** The largest of a figure over the editions' story pages, naming each page's own. */
function largest(homes: PageVisit[], of: (transfers: Transfer[]) => number) {
	const values = homes.map((home) => of(home.transfers));
	return { value: Math.max(...values), items: homes.map((home, i) => `${home.path}: ${values[i]} bytes`) };
}

/** The figures for every budget from the pages' visits and the built posters; every edition's story page
 * must meet the home page's budgets, so each of those figures is the largest of them. */
export function figuresFrom(visits: PageVisit[], root = 'build'): Figures {
	const homes = visits.filter((v) => v.path === '/' || /^\/[a-z]{2,3}(-[A-Z]{2})?$/.test(v.path));
	const figures: Figures = {
		'off-site': { value: 0, items: [] },
		console: { value: 0, items: [] }
	};
	if (homes.length) {
		figures['home-js'] = largest(homes, (t) => sum(t.filter(isJs)));
		figures['home-css'] = largest(homes, (t) => sum(t.filter(isCss)));
		figures['home-total'] = largest(homes, sum);
	}
	const offSite = visits.flatMap((v) => v.offSite);
	const logged = visits.flatMap((v) => v.console);
	figures['off-site'] = { value: offSite.length, items: offSite };
	figures.console = { value: logged.length, items: logged };
	const downloads = join(root, 'downloads');
	const posters = existsSync(downloads)
		? readdirSync(downloads).filter((f) => /-a1(-[a-z]{2,3}(-[A-Z]{2})?)?\.pdf$/i.test(f))
		: [];
	if (posters.length)
		figures['poster-pdf'] = {
			value: Math.max(...posters.map((f) => statSync(join(downloads, f)).size)),
			items: posters
		};
	return figures;
}

/** How many pages are loaded at once: each visit waits on its page more than it works. */
const AT_ONCE = 3;

/** Visits every page of the site at siteUrl, a few at a time, each in a context of its own. */
export async function visitSite(
	siteUrl: string,
	root = 'build',
	log: (line: string) => void = () => {}
): Promise<PageVisit[]> {
	const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS });
	try {
		const paths = sitePages(root);
		const visits: PageVisit[] = [];
		let next = 0;
		const visitNext = async (): Promise<void> => {
			for (let i = next++; i < paths.length; i = next++)
				visits[i] = await visitPage(browser, siteUrl, paths[i], root);
		};
		await Promise.all(Array.from({ length: AT_ONCE }, visitNext));
		for (const visit of visits)
			log(
				`  ${visit.path}: ${visit.transfers.length} responses, ${visit.offSite.length} off-site, ${visit.console.length} console`
			);
		return visits;
	} finally {
		await browser.close();
	}
}
