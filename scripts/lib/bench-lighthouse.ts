/**
 * Lighthouse for `npm run bench`: the default configuration (a mobile device,
 * simulated throttling), a fresh Chrome for every run (the browser from
 * scripts/lib/browser.ts), and the figures the benchmark reports from each run.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_ARGS, findBrowser } from './browser.ts';
import { median } from './bench-stats.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
	/** Category scores, 0–100. */
	scores: Record<Category, number>;
	lcp: number;
	fcp: number;
	tbt: number;
	/** Main-thread time spent on style and layout (Lighthouse's "Style & Layout"), unthrottled. */
	styleLayout: number;
	cls: number;
	/** Bytes transferred, all resources and JavaScript alone. */
	totalBytes: number;
	jsBytes: number;
	/** Audits that lost points in a category other than performance, e.g. "color-contrast". */
	failed: string[];
	/** Lighthouse's measure of this machine's speed. Its simulated phone slows the work it measured
	 * 4×, a factor meant for machines of 1,000 or more; on a slower one blocking time comes out higher. */
	benchmarkIndex: number;
}

/** The medians of several runs, with the blocking time of each run (it varies the most). */
export type LighthouseSummary = LighthouseRun & {
	runs: number;
	tbtRuns: number[];
	/** Each run's own benchmark index: how steady the machine was while measuring. */
	benchmarkIndexRuns: number[];
};

interface NetworkItem {
	resourceType?: string;
	transferSize?: number;
}

/** The figures of one Lighthouse result. */
export function summariseResult(lhr: import('lighthouse').Result): LighthouseRun {
	const audit = (id: string) => lhr.audits[id];
	const numeric = (id: string) => audit(id)?.numericValue ?? NaN;
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])
	) as Record<Category, number>;
	const items = ((audit('network-requests')?.details as { items?: NetworkItem[] } | undefined)?.items ??
		[]) as NetworkItem[];
	const jsBytes = items
		.filter((i) => i.resourceType === 'Script')
		.reduce((total, i) => total + (i.transferSize ?? 0), 0);
	const failed = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
		(lhr.categories[c]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && audit(ref.id)?.score !== null && (audit(ref.id)?.score ?? 1) < 1)
			.map((ref) => `${c}: ${ref.id}`)
	);
	const work = (
		audit('mainthread-work-breakdown')?.details as { items?: { group: string; duration: number }[] }
	)?.items;
	return {
		scores,
		styleLayout: work?.find((item) => item.group === 'styleLayout')?.duration ?? NaN,
		lcp: numeric('largest-contentful-paint'),
		fcp: numeric('first-contentful-paint'),
		tbt: numeric('total-blocking-time'),
		cls: numeric('cumulative-layout-shift'),
		totalBytes: numeric('total-byte-weight'),
		jsBytes,
		failed,
		benchmarkIndex: lhr.environment.benchmarkIndex
	};
}

/** The median of each figure over several runs; failed audits from any run. */
export function medianOf(runs: LighthouseRun[]): LighthouseSummary {
	const of = (pick: (r: LighthouseRun) => number) => median(runs.map(pick));
	return {
		runs: runs.length,
		scores: Object.fromEntries(CATEGORIES.map((c) => [c, of((r) => r.scores[c])])) as Record<
			Category,
			number
		>,
		lcp: of((r) => r.lcp),
		fcp: of((r) => r.fcp),
		tbt: of((r) => r.tbt),
		styleLayout: of((r) => r.styleLayout),
		cls: of((r) => r.cls),
		totalBytes: of((r) => r.totalBytes),
		jsBytes: of((r) => r.jsBytes),
		failed: [...new Set(runs.flatMap((r) => r.failed))],
		benchmarkIndex: of((r) => r.benchmarkIndex),
		tbtRuns: runs.map((r) => Math.round(r.tbt)),
		benchmarkIndexRuns: runs.map((r) => Math.round(r.benchmarkIndex))
	};
}

/** One Lighthouse run of url in a Chrome of its own. */
export async function runLighthouse(url: string): Promise<LighthouseRun> {
	const chrome = await chromeLauncher.launch({
		chromePath: findBrowser(),
		chromeFlags: [...CHROME_ARGS, '--headless=new']
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES]
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
		return summariseResult(lhr);
	} finally {
		await chrome.kill();
	}
}
