/** What `npm run bench` prints about Lighthouse: a table of the medians, and each target met or missed. */
import type { LighthouseSummary } from './bench-lighthouse.ts';
import type { ScrollResult } from './bench-scroll.ts';
import { kb, ms, seconds, table } from './bench-stats.ts';

/** The figures the site aims at, checked against the medians: every category 100, LCP within a second. */
export const TARGETS = {
	performance: 100,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
	lcpMs: 1000,
	tbtMs: 50,
	/** CLS must stay under this. */
	cls: 0.01
};

export function lighthouseTable(results: Record<string, LighthouseSummary>): string {
	return table([
		['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'FCP', 'TBT', 'style+layout', 'CLS', 'total', 'JS'],
		...Object.entries(results).map(([page, r]) => [
			page,
			String(r.scores.performance),
			String(r.scores.accessibility),
			String(r.scores['best-practices']),
			String(r.scores.seo),
			seconds(r.lcp),
			seconds(r.fcp),
			ms(r.tbt),
			ms(r.styleLayout),
			r.cls.toFixed(3),
			kb(r.totalBytes),
			kb(r.jsBytes)
		])
	]);
}

/** Each target with the figures that miss it. Scrolling is held to a plain page of the story's text. */
export function targetReport(
	lighthouse: Record<string, LighthouseSummary>,
	scroll: ScrollResult,
	plainScroll: ScrollResult
): string[] {
	const lines: string[] = [];
	const check = (label: string, misses: string[]) =>
		lines.push(misses.length ? `✗ ${label}: ${misses.join(', ')}` : `✓ ${label}`);
	const pages = Object.entries(lighthouse);
	const miss = (
		pick: (r: LighthouseSummary) => number,
		ok: (v: number) => boolean,
		show: (v: number) => string
	) => pages.filter(([, r]) => !ok(pick(r))).map(([page, r]) => `${page} ${show(pick(r))}`);
	check(
		`performance ≥ ${TARGETS.performance}`,
		miss(
			(r) => r.scores.performance,
			(v) => v >= TARGETS.performance,
			String
		)
	);
	for (const c of ['accessibility', 'best-practices', 'seo'] as const)
		check(
			`${c} ${TARGETS[c]}`,
			miss(
				(r) => r.scores[c],
				(v) => v >= TARGETS[c],
				String
			)
		);
	check(
		`LCP ≤ ${seconds(TARGETS.lcpMs)}`,
		miss(
			(r) => r.lcp,
			(v) => v <= TARGETS.lcpMs,
			seconds
		)
	);
	check(
		`TBT ≤ ${ms(TARGETS.tbtMs)}`,
		miss(
			(r) => r.tbt,
			(v) => v <= TARGETS.tbtMs,
			// To a tenth, so that a miss by less than a millisecond does not read "50 ms".
			(v) => `${v.toFixed(1)} ms`
		)
	);
	check(
		`CLS < ${TARGETS.cls}`,
		miss(
			(r) => r.cls,
			(v) => v < TARGETS.cls,
			(v) => v.toFixed(3)
		)
	);
	check(
		`no more long tasks while scrolling than the plain page's ${plainScroll.longTasks}`,
		scroll.longTasks > plainScroll.longTasks
			? [`${scroll.longTasks} (longest ${ms(scroll.longestTaskMs)})`]
			: []
	);
	return lines;
}
