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
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer';
import { CHROME_ARGS, findBrowser } from './browser.ts';
import { SHEETS, type SheetSize } from './cli.ts';
import { setPdfMetadata, type PdfMetadata } from './pdf.ts';

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

/**
 * The sheet's type scale, in rem across it (Sheet.svelte's `--sheet-rems`): the poster is designed
 * at 152 (body 11 pt at A1). A longer edition (German runs about a quarter longer than English) is
 * set a step smaller at a time until it fits, down to body 9.5 pt at A1, still readable from a metre.
 */
export const TYPE_SCALE = { designed: 152, densest: 176, step: 4 };
const bodyPoints = (rems: number) => ((11 * TYPE_SCALE.designed) / rems).toFixed(1);

/** How far the page runs past the sheet, in px (0 when it fits). */
const overflow = (page: Page) =>
	page.evaluate(() => {
		const { scrollHeight, scrollWidth } = document.documentElement;
		return Math.max(0, scrollHeight - window.innerHeight, scrollWidth - window.innerWidth);
	});

/** The largest type, from the designed scale down, at which the content fits the sheet. */
async function fitTypeScale(page: Page): Promise<{ rems: number; over: number }> {
	let rems = TYPE_SCALE.designed;
	let over = await overflow(page);
	while (over > 1 && rems < TYPE_SCALE.densest) {
		rems += TYPE_SCALE.step;
		await page.evaluate((n) => document.documentElement.style.setProperty('--sheet-rems', String(n)), rems);
		over = await overflow(page);
	}
	return { rems, over };
}

/** Everything the page reported as broken while it loaded. */
function watchForErrors(page: Page): string[] {
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
	// Print media and the features in one call: Puppeteer's emulateMediaType and
	// emulateMediaFeatures each reset what the other set, so the fit below would be measured on screen.
	const session = await page.createCDPSession();
	await session.send('Emulation.setEmulatedMedia', {
		media: 'print',
		features: [
			{ name: 'prefers-reduced-motion', value: 'reduce' },
			{ name: 'prefers-color-scheme', value: 'light' }
		]
	});
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
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	if (errors.length) throw new PosterError(`The poster page reported errors:\n  ${errors.join('\n  ')}`);

	const isPoster = await page.evaluate(() => document.querySelector('.poster') !== null);
	if (!isPoster) throw new PosterError(`${url} is not the poster page (no .poster element on it).`);
	const { rems, over } = await fitTypeScale(page);
	if (over > 1)
		throw new PosterError(
			`The poster's content runs ${(over / PX_PER_MM).toFixed(0)} mm past the ${size} sheet, even with its type at ` +
				`the smallest allowed (${rems} rem across): it would not fit on one page. Tighten the layout or shorten the text.`
		);
	if (rems !== TYPE_SCALE.designed)
		request.log?.(`› Type set at ${rems} rem across the sheet (body ${bodyPoints(rems)} pt at A1) to fit`);

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
