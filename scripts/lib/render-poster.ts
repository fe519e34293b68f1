/**
 * Renders the /poster page of a site to a one-page PDF with Puppeteer: shared
 * by `npm run poster` and `npm run build`. It refuses, with a message that says
 * what to do, anything that would make a poster a reader should not get: an
 * error in the page, a missing font or file, content that spills off the sheet.
 * The PDF is written next to its target and renamed into place, so a failure
 * never leaves half a file.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import puppeteer, { TimeoutError, type Browser } from 'puppeteer';
import { CHROME_ARGS, findBrowser } from './browser.ts';
import { SHEETS, type SheetSize } from './cli.ts';
import { setPdfMetadata, type PdfMetadata } from './pdf.ts';
import { WEB_FONTS_READY } from './web-fonts.ts';

/** A problem with the page or its content (not with the command line). */
export class PosterError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PosterError';
	}
}

export interface RenderRequest {
	/** The address of the poster page, e.g. http://127.0.0.1:4173/poster. */
	url: string;
	size: SheetSize;
	out: string;
	metadata: PdfMetadata;
	log?: (line: string) => void;
	timeoutMs?: number;
}

const PX_PER_MM = 96 / 25.4;

/** Everything the page reported as broken while it loaded. */
function watchForErrors(page: import('puppeteer').Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${(error as Error).message ?? error}`));
	page.on('requestfailed', (request) =>
		errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`)
	);
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return errors;
}

async function renderPdf(browser: Browser, request: RenderRequest): Promise<Uint8Array> {
	const { url, size, timeoutMs = 60_000 } = request;
	const sheet = SHEETS[size];
	const page = await browser.newPage();
	const errors = watchForErrors(page);
	await page.emulateMediaType('print');
	await page.emulateMediaFeatures([
		{ name: 'prefers-reduced-motion', value: 'reduce' },
		{ name: 'prefers-color-scheme', value: 'light' }
	]);
	// Lay the page out at the sheet's own size, so what is measured below is what prints.
	await page.setViewport({
		width: Math.round(sheet.width * PX_PER_MM),
		height: Math.round(sheet.height * PX_PER_MM)
	});
	let response;
	try {
		response = await page.goto(url, { waitUntil: 'networkidle0', timeout: timeoutMs });
	} catch (error) {
		if (error instanceof TimeoutError)
			throw new PosterError(`Timed out after ${timeoutMs / 1000} s loading ${url}.`);
		throw new PosterError(`Cannot load ${url}: ${(error as Error).message}`);
	}
	if (!response?.ok()) throw new PosterError(`${url} answered HTTP ${response?.status() ?? 'nothing'}.`);
	// The page's layout is in rem of the sheet width: this sets the sheet (A1 is the page's own default).
	const mm = (n: number) => `${n}mm`;
	await page.addStyleTag({
		content: `:root{--sheet-w:${mm(sheet.width)};--sheet-h:${mm(sheet.height)}}@page{size:${mm(sheet.width)} ${mm(sheet.height)};margin:0}`
	});
	await page.evaluate(WEB_FONTS_READY);
	if (errors.length) throw new PosterError(`The poster page reported errors:\n  ${errors.join('\n  ')}`);

	const fit = await page.evaluate(() => ({
		isPoster: document.querySelector('.poster') !== null,
		height: document.documentElement.scrollHeight,
		width: document.documentElement.scrollWidth,
		viewHeight: window.innerHeight,
		viewWidth: window.innerWidth
	}));
	if (!fit.isPoster) throw new PosterError(`${url} is not the poster page (no .poster element on it).`);
	const over = Math.max(fit.height - fit.viewHeight, fit.width - fit.viewWidth);
	if (over > 1)
		throw new PosterError(
			`The poster's content runs ${(over / PX_PER_MM).toFixed(0)} mm past the ${size} sheet: it would not fit on one page. ` +
				'Tighten the layout or shorten the text.'
		);

	return page.pdf({
		width: mm(sheet.width),
		height: mm(sheet.height),
		margin: { top: 0, right: 0, bottom: 0, left: 0 },
		printBackground: true,
		preferCSSPageSize: false,
		tagged: true,
		outline: true,
		timeout: timeoutMs
	});
}

/** Writes to a temporary file beside `out`, then renames it into place. */
async function writeAtomically(out: string, bytes: Uint8Array): Promise<void> {
	await mkdir(dirname(out), { recursive: true });
	const temporary = join(dirname(out), `${basename(out, '.pdf')}.${process.pid}.tmp.pdf`);
	try {
		await writeFile(temporary, bytes);
		await rename(temporary, out);
	} finally {
		await rm(temporary, { force: true });
	}
}

/** Renders the poster page to `out`; returns the file's size and page count. */
export async function renderPoster(request: RenderRequest): Promise<{ bytes: number; pages: number }> {
	const log = request.log ?? (() => {});
	const executablePath = findBrowser();
	log('› Starting Chromium…');
	const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
	try {
		log(`› Rendering /poster at ${request.size}…`);
		const pdf = await renderPdf(browser, request);
		const { bytes, pages } = await setPdfMetadata(pdf, request.metadata);
		if (pages !== 1) throw new PosterError(`The poster came out on ${pages} pages instead of one.`);
		await writeAtomically(request.out, bytes);
		return { bytes: bytes.byteLength, pages };
	} finally {
		await browser.close();
	}
}
