import { describe, expect, it } from 'vitest';
import { toolboxLayout } from '$lib/charts/toolbox';
import { FRAMES } from '$lib/charts/frame';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { boxOf, expectClear, pointBox, textOf } from './chart-helpers';

const content = parseContent(readContentFiles());
const items = content.story.eu.toolbox.items;
const words = content.chartLabels.toolbox;

describe.each(['wide', 'narrow'] as const)('the %s toolbox ladder', (layout) => {
	const plan = toolboxLayout(items, words, layout);

	it('has seven rungs, the first instrument at the bottom and the last at the top', () => {
		expect(plan.rungs.map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(plan.rungs[0].id).toBe(items[0].id);
		for (let i = 1; i < plan.rungs.length; i++) expect(plan.rungs[i].y).toBeLessThan(plan.rungs[i - 1].y);
	});

	it('writes every instrument in full, wrapped to fit the frame', () => {
		plan.rungs.forEach((rung, i) => {
			expect(textOf(rung.label).replace(/\n/g, ' ')).toBe(items[i].text);
			expect(boxOf(rung.label).right).toBeLessThanOrEqual(FRAMES[layout].width - FRAMES[layout].margin.right);
		});
	});

	it('says which way is softer and which harder, the arrow pointing up', () => {
		expect(textOf(plan.arrow.softer)).toBe(words.softer);
		expect(textOf(plan.arrow.harder)).toBe(words.harder);
		expect(plan.arrow.to).toBeLessThan(plan.arrow.from);
		expect(plan.arrow.harder.y).toBeLessThan(plan.arrow.softer.y);
	});

	it('keeps rungs, numbers and words inside the frame and apart', () =>
		expectClear(layout, [
			['softer', boxOf(plan.arrow.softer)],
			['harder', boxOf(plan.arrow.harder)],
			...plan.rungs.flatMap((r): [string, ReturnType<typeof boxOf>][] => [
				[`rung ${r.n} text`, boxOf(r.label)],
				[`rung ${r.n} number`, pointBox((plan.rails.left + plan.rails.right) / 2, r.y, plan.r)]
			])
		]));
});
