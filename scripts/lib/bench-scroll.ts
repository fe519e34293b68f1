/**
 * The scroll test of `npm run bench`: the story on a 390 × 844 screen with the
 * CPU slowed 4×, scrolled step by step through every `.step`, in small
 * increments with pauses, as a reader's thumb would. Long tasks are recorded
 * with a PerformanceObserver and frames with a requestAnimationFrame loop, both
 * installed before the page loads; only what happens during the scroll counts.
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

/** Scrolls to each step in turn, 60 px every 50 ms, then rests 400 ms on it; returns how many became active. */
const SCROLL_THROUGH_STEPS = `(async () => {
	const pause = (ms) => new Promise((done) => setTimeout(done, ms));
	const steps = [...document.querySelectorAll('.step')];
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
		let remaining = box.top + box.height / 2 - innerHeight / 2;
		while (Math.abs(remaining) > 1) {
			const by = Math.sign(remaining) * Math.min(60, Math.abs(remaining));
			const before = scrollY;
			scrollBy(0, by);
			await pause(50);
			if (scrollY === before) break;
			remaining -= scrollY - before;
		}
		await pause(400);
		if (step.classList.contains('active')) activated++;
	}
	window.__bench.end = performance.now();
	window.__bench.recording = false;
	return { steps: steps.length, activated };
})()`;

export async function measureScroll(url: string): Promise<ScrollResult> {
	const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS });
	try {
		const page = await browser.newPage();
		await page.setViewport({ ...SCROLL_VIEWPORT, deviceScaleFactor: 1 });
		await page.emulateCPUThrottling(CPU_SLOWDOWN);
		await page.evaluateOnNewDocument(RECORDER);
		await page.goto(url, { waitUntil: 'networkidle0', timeout: 120_000 });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await new Promise((done) => setTimeout(done, 1000));
		const { steps, activated } = (await page.evaluate(SCROLL_THROUGH_STEPS)) as {
			steps: number;
			activated: number;
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
			frameMax: Math.max(0, ...intervals)
		};
	} finally {
		await browser.close();
	}
}
