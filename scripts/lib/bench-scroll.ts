/**
 * The scroll test of `npm run bench`: the story on a 390 × 844 screen with the
 * CPU slowed 4×, scrolled step by step through every `.step`, in small
 * increments with pauses, as a reader's thumb would. Long tasks are recorded
 * with a PerformanceObserver and frames with a requestAnimationFrame loop, both
 * installed before the page loads; only what happens during the scroll counts.
 *
 * The same scroll is then made over a plain page of the story's text (no script, no stylesheet,
 * no font, no chart), as long as the story and resting at the same places: what that page shows
 * (a garbage collection, say) belongs to the browser, not to the story.
 */
import puppeteer from 'puppeteer';
import { CHROME_ARGS, findBrowser } from './browser.ts';
import { percentile } from './bench-stats.ts';

export const SCROLL_VIEWPORT = { width: 390, height: 844 };
export const CPU_SLOWDOWN = 4;

export interface ScrollResult {
	steps: number;
	/** Steps that were marked active when scrolled to. */
	activated: number;
	durationMs: number;
	/** Long tasks (over 50 ms) during the scroll. */
	longTasks: number;
	longestTaskMs: number;
	frames: number;
	frameP50: number;
	frameP95: number;
	frameMax: number;
}

/** Where a scroll through the story rested, and the story's text, for a plain page to copy. */
export interface ScrollPath {
	/** The scroll position at each rest, in order. */
	restAt: number[];
	/** The page's height at the end. */
	height: number;
	/** The text of the story's headings, paragraphs and list items, in order. */
	texts: string[];
}

/** Runs in the page before anything else (a string: tsx would add helpers the page does not have). */
const RECORDER = `
	window.__bench = { recording: false, longTasks: [], frames: [] };
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	const frame = (now) => {
		if (window.__bench.recording) window.__bench.frames.push(now);
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
`;

/** `scrollOver(distance)`: 60 px every 50 ms until the distance is covered or the page ends, as a thumb would. */
const SCROLL_BY = `
	const pause = (ms) => new Promise((done) => setTimeout(done, ms));
	const scrollOver = async (distance) => {
		while (Math.abs(distance) > 1) {
			const before = scrollY;
			scrollBy(0, Math.sign(distance) * Math.min(60, Math.abs(distance)));
			await pause(50);
			if (scrollY === before) break;
			distance -= scrollY - before;
		}
	};
`;

/** Scrolls to each step in turn, then rests 400 ms on it; returns how many became active and the path. */
const SCROLL_THROUGH_STEPS = `(async () => {
	${SCROLL_BY}
	const steps = [...document.querySelectorAll('.step')];
	const restAt = [];
	let activated = 0;
	window.__bench.recording = true;
	window.__bench.start = performance.now();
	for (const step of steps) {
		// A reader comes to a step by scrolling: until the browser has laid it out (it does so as
		// the step nears the window), keep scrolling rather than ask where it is, which would lay it
		// out at once and measure a layout no reader causes.
		while (!step.checkVisibility({ contentVisibilityAuto: true })) {
			const before = scrollY;
			scrollBy(0, 60);
			await pause(50);
			if (scrollY === before) break;
		}
		const box = step.getBoundingClientRect();
		await scrollOver(box.top + box.height / 2 - innerHeight / 2);
		await pause(400);
		restAt.push(scrollY);
		if (step.classList.contains('active')) activated++;
	}
	window.__bench.end = performance.now();
	window.__bench.recording = false;
	// Outermost blocks only: a list item holding a paragraph gives all its text, once.
	const blocks = 'h1, h2, h3, p, li';
	const texts = [...document.querySelectorAll(\`main :is(\${blocks})\`)]
		.filter((e) => !e.parentElement.closest(blocks))
		.map((e) => e.textContent.trim());
	return { steps: steps.length, activated, path: { restAt, height: document.documentElement.scrollHeight, texts } };
})()`;

/** The same rhythm over a page without steps: to each of the story's rests in turn, 400 ms on each. */
const scrollAlong = (restAt: number[]) => `(async () => {
	${SCROLL_BY}
	window.__bench.recording = true;
	window.__bench.start = performance.now();
	for (const y of ${JSON.stringify(restAt)}) {
		await scrollOver(y - scrollY);
		await pause(400);
	}
	window.__bench.end = performance.now();
	window.__bench.recording = false;
	return { steps: 0, activated: 0 };
})()`;

/** Scrolls through the story at `url` step by step: what it costs, and the path it took. */
export async function measureScroll(url: string): Promise<ScrollResult & { path: ScrollPath }> {
	const { path, ...result } = await scrollWith(url, SCROLL_THROUGH_STEPS);
	if (!path) throw new Error(`The scroll through ${url} returned no path: is it the story's page?`);
	return { ...result, path };
}

/** The same scroll over the plain page at `url`, resting where the story's scroll rested. */
export const measurePlainScroll = (url: string, path: ScrollPath): Promise<ScrollResult> =>
	scrollWith(url, scrollAlong(path.restAt));

async function scrollWith(url: string, script: string): Promise<ScrollResult & { path?: ScrollPath }> {
	const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS });
	try {
		const page = await browser.newPage();
		await page.setViewport({ ...SCROLL_VIEWPORT, deviceScaleFactor: 1 });
		await page.emulateCPUThrottling(CPU_SLOWDOWN);
		await page.evaluateOnNewDocument(RECORDER);
		await page.goto(url, { waitUntil: 'networkidle0', timeout: 120_000 });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await new Promise((done) => setTimeout(done, 1000));
		const { steps, activated, path } = (await page.evaluate(script)) as {
			steps: number;
			activated: number;
			path?: ScrollPath;
		};
		const recorded = (await page.evaluate('window.__bench')) as {
			start: number;
			end: number;
			longTasks: { start: number; duration: number }[];
			frames: number[];
		};
		const during = recorded.longTasks.filter(
			(t) => t.start + t.duration >= recorded.start && t.start <= recorded.end && t.duration > 50
		);
		const intervals = recorded.frames.slice(1).map((t, i) => t - recorded.frames[i]);
		return {
			steps,
			activated,
			durationMs: recorded.end - recorded.start,
			longTasks: during.length,
			longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
			frames: intervals.length,
			frameP50: percentile(intervals, 50),
			frameP95: percentile(intervals, 95),
			frameMax: Math.max(0, ...intervals),
			path
		};
	} finally {
		await browser.close();
	}
}
