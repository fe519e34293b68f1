/**
 * What every mark with scroll-step states ($lib/charts/steps) looks like in a page as it is now
 * styled: the mark's opacity and move, and the opacity, fill and weight of the shapes and words in
 * it, keyed by chart and the mark's place in it. Compared between two moments of a page, it says
 * whether a step changed how a chart looks.
 */
import type { Page } from 'puppeteer';

/** `"timeline 12 text 0": "opacity:1 fill:rgb(…) weight:400"`, for every stepped mark and its parts. */
export type MarkLooks = Record<string, string>;

export function lookOfMarks(page: Page): Promise<MarkLooks> {
	return page.$$eval('[data-chart] :is([data-hidden], [data-faded], [data-bold], [data-moves])', (marks) => {
		const looks: Record<string, string> = {};
		const count: Record<string, number> = {};
		for (const mark of marks) {
			const chart = mark.closest<HTMLElement>('[data-chart]')!.dataset.chart!;
			const n = (count[chart] = (count[chart] ?? -1) + 1);
			const style = getComputedStyle(mark);
			looks[`${chart} ${n}`] = `opacity:${style.opacity} translate:${style.translate} scale:${style.scale}`;
			mark.querySelectorAll('path, rect, circle, line, text, tspan').forEach((part, i) => {
				const s = getComputedStyle(part);
				looks[`${chart} ${n} ${part.tagName} ${i}`] =
					`opacity:${s.opacity} fill:${s.fill} weight:${s.fontWeight}`;
			});
		}
		return looks;
	});
}
