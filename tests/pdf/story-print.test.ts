/**
 * The story as a reader prints it: each edition's page from the built site, printed by Chromium to
 * A4 the way Ctrl+P does by default (Chromium's default margins, no background graphics, no
 * headers and footers, the page's own size rules ignored), once per edition; every check reads that
 * one PDF, or the page it was printed from. The PDFs stay in test-artifacts/print/ to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, findBrowser } from '../../scripts/lib/browser';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server';
import { editionLangs, getContent } from '$lib/server/content';
import { inEdition } from '$lib/content/editions';
import { formatDate } from '$lib/content/format';
import { SITE_URL } from '$lib/server/site';
import { stepText } from '$lib/charts/step-text';
import type { ScrollerId } from '$lib/content/parse';
import { lookOfMarks, type MarkLooks } from './mark-looks';

const ARTIFACTS = 'test-artifacts/print';
const MOST_PAGES = 20;
/** A page with fewer letters than this is nearly empty; a printed story may end on a few. */
const NEARLY_EMPTY = 150;
const MOST_NEARLY_EMPTY = 3;
/** Chromium's default print margins (0.4 in, about 1 cm), which Puppeteer would otherwise set to 0. */
const DEFAULT_MARGIN = '0.4in';
/** A4's width less those margins, in CSS px: the width the story is laid out at on paper. */
const A4_TEXT_WIDTH = Math.round(((210 - 2 * 10.16) / 25.4) * 96);

/** Letters and digits alone: a text as the PDF holds it, whichever lines, hyphens and spaces it broke at. */
const bare = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

interface Printed {
	/** The text of each page, letters and digits alone. */
	pages: string[];
	/** The charts the printed page draws: id and the size of its visible graphic, in px. */
	charts: { id: string; width: number; height: number }[];
	/** The day the page says its words were last updated (YYYY-MM-DD), printed beside its address. */
	updated: string | null;
	/** Every stepped mark's look while a step is active, in print and on screen, and with none. */
	looks: { print: MarkLooks; screen: MarkLooks; final: MarkLooks };
}

/** The charts on the page, each with the box of the layout it shows (wide or narrow). */
const chartsOf = (page: Page) =>
	page.$$eval('main figure[data-chart]', (figures) =>
		figures.map((figure) => {
			const shown = [...figure.querySelectorAll('.chart-svg')]
				.map((box) => box.getBoundingClientRect())
				.find((box) => box.height > 0);
			return {
				id: (figure as HTMLElement).dataset.chart!,
				width: shown?.width ?? 0,
				height: shown?.height ?? 0
			};
		})
	);

/**
 * Every scroller set at its first step, as the page's script does when that step is in view (the
 * reader scrolled there before printing): what each stepped mark looks like then, on screen and
 * in print, and with no step active (its final state). Printed in that first-step state.
 */
async function printStory(browser: Browser, url: string, out: string): Promise<Printed> {
	const page = await browser.newPage();
	try {
		await page.setViewport({ width: 1280, height: 800 });
		// No motion, so that a look read on screen is the step's, not one half-way through a transition.
		await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
		const response = await page.goto(url, { waitUntil: 'networkidle0' });
		expect(response?.ok(), `${url} answered ${response?.status()}`).toBe(true);
		await page.evaluate(() => document.fonts.ready.then(() => undefined));

		const setFirstStep = (on: boolean) =>
			page.$$eval(
				'[data-enhance="scroller"]',
				(scrollers, active) =>
					scrollers.forEach((s) =>
						active ? s.setAttribute('data-active', '0') : s.removeAttribute('data-active')
					),
				on
			);
		await page.emulateMediaType('print');
		const final = await lookOfMarks(page);
		await setFirstStep(true);
		const print = await lookOfMarks(page);
		await page.emulateMediaType('screen');
		const screen = await lookOfMarks(page);
		// Chromium lays a page out again at the paper's width to print it; the charts are measured so too.
		await page.emulateMediaType('print');
		await page.setViewport({ width: A4_TEXT_WIDTH, height: 800 });
		const charts = await chartsOf(page);
		const updated = await page.$eval('main ~ footer time[datetime]', (t) => t.getAttribute('datetime'));

		const pdf = await page.pdf({
			format: 'A4',
			margin: { top: DEFAULT_MARGIN, right: DEFAULT_MARGIN, bottom: DEFAULT_MARGIN, left: DEFAULT_MARGIN },
			preferCSSPageSize: false
		});
		writeFileSync(out, pdf);
		// pdftotext ends every page with a form feed.
		const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' })
			.split('\f')
			.slice(0, -1);
		return { pages, charts, updated, looks: { print, screen, final } };
	} finally {
		await page.close();
	}
}

let site: RunningServer;
let browser: Browser;
beforeAll(async () => {
	mkdirSync(ARTIFACTS, { recursive: true });
	site = await startStaticServer('build', 0);
	browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS });
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe.each(editionLangs())('the %s story printed to A4', (lang) => {
	const content = getContent(lang);
	const out = join(ARTIFACTS, `story-${lang}.pdf`);
	let printed: Printed;
	beforeAll(async () => {
		printed = await printStory(browser, `${site.url}${inEdition(lang, '/')}`, out);
	}, 120_000);

	const printedText = () => bare(printed.pages.join(''));
	const printedHas = (text: string) => printedText().includes(bare(text));
	/** The page a text starts on (a paragraph may run on to the next). */
	const pageOf = (text: string) =>
		printed.pages.findIndex((page) => bare(page).includes(bare(text).slice(0, 30)));

	it(`takes at most ${MOST_PAGES} pages, at most ${MOST_NEARLY_EMPTY} of them nearly empty`, () => {
		expect(printed.pages.length, out).toBeLessThanOrEqual(MOST_PAGES);
		const empty = printed.pages.flatMap((page, i) => (letters(page) < NEARLY_EMPTY ? [i + 1] : []));
		expect(empty.length, `pages under ${NEARLY_EMPTY} letters: ${empty.join(', ')}`).toBeLessThanOrEqual(
			MOST_NEARLY_EMPTY
		);
	});

	it("ends with its colophon under the story's last words, not on a page of its own", () => {
		const last = bare(printed.pages.at(-1)!);
		const credit = bare(content.story.meta.credit);
		expect(last, 'the last page').toContain(credit);
		expect(last.startsWith(credit), 'the last page holds the colophon alone').toBe(false);
	});

	it('names its address and the day it was last updated, once', () => {
		const address = bare(`${SITE_URL}${inEdition(lang, '/')}`);
		expect(printedText().split(address).length - 1, address).toBe(1);
		const { updated } = content.story.provenance;
		expect(printed.updated).toBe(updated);
		expect(printedHas(`${SITE_URL}${inEdition(lang, '/')} · ${formatDate(updated, lang)}`)).toBe(true);
	});

	it('draws every chart, with its title, notes and source', () => {
		expect(printed.charts.map((c) => c.id).sort()).toEqual(content.charts.map((c) => c.id).sort());
		for (const chart of printed.charts) expect(chart.height, chart.id).toBeGreaterThan(100);
		for (const chart of content.charts)
			for (const words of [chart.title, chart.notes, chart.source])
				expect(printedHas(words), `${chart.id}: ${words}`).toBe(true);
	});

	it('prints every chart in its final state, though a step was in view', () => {
		const { print, screen, final } = printed.looks;
		expect(Object.keys(final).length).toBeGreaterThan(0);
		// On screen the step changes marks, so the same comparison in print could fail.
		expect(screen).not.toEqual(final);
		expect(print).toEqual(final);
	});

	it('keeps each kind of cost with its example, and the colophon whole, on one page', () => {
		/** Where each page starts in the printed text (letters and digits alone). */
		const starts = printed.pages.reduce<number[]>(
			(at, page, i) => [...at, i === 0 ? 0 : at[i - 1] + bare(printed.pages[i - 1]).length],
			[]
		);
		const pageAt = (index: number) => starts.findLastIndex((start) => start <= index);
		/** The page a distinctive text starts on holds, too, the nearest of each other text before it. */
		const together = (anchor: string, ...before: string[]) => {
			const text = printedText();
			const at = text.indexOf(bare(anchor));
			expect(at, `${anchor} printed`).toBeGreaterThanOrEqual(0);
			for (const other of before) {
				const from = text.lastIndexOf(bare(other), at);
				expect(from, `${other} before ${anchor}`).toBeGreaterThanOrEqual(0);
				expect(pageAt(from), `${other} on the page of ${anchor}`).toBe(pageAt(at));
			}
		};
		for (const kind of content.story.cost.kinds) together(kind.example, kind.name);
		const { meta } = content.story;
		together(`${SITE_URL}${inEdition(lang, '/')}`, meta.credit, meta.licence);
	});

	it('keeps every step’s words, on the chart’s page or the next', () => {
		for (const id of Object.keys(content.scrollers) as ScrollerId[]) {
			const title = pageOf(content.charts.find((c) => c.id === id)!.title);
			for (const step of content.scrollers[id]) {
				const words = stepText(id, step, content);
				expect(printedHas(words), `${id}: ${words}`).toBe(true);
				if (step === content.scrollers[id][0])
					expect(pageOf(words) - title, `${id}'s first step after its chart`).toBeLessThanOrEqual(1);
			}
		}
	});
});
