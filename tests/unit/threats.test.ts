import { describe, expect, it } from 'vitest';
import { threatCounts, threatsLayout } from '$lib/charts/threats';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { boxOf, expectClear, pointBox, rectBox, textOf } from './chart-helpers';

const content = parseContent(readContentFiles());
const ids = content.threats.map((t) => t.id);
const counts = threatCounts(content.incidents, ids);
const firstCount = content.chartLabels.threats.firstCount;

describe('threatCounts', () => {
	it('counts the factsheet: conflict 6, hacktivism 5, breach 4, espionage 3', () =>
		expect(counts).toEqual([
			{ id: 'conflict', count: 6 },
			{ id: 'hacktivism', count: 5 },
			{ id: 'breach', count: 4 },
			{ id: 'espionage', count: 3 }
		]));

	it.each([
		['ties keep the threats’ order', ['b', 'a', 'a', 'b'], ['a', 'b'], ['a', 'b']],
		['a threat with no incident counts 0', ['a'], ['a', 'b'], ['a', 'b']],
		['most first', ['b', 'b', 'a'], ['a', 'b'], ['b', 'a']]
	])('%s', (_name, categories, threatIds, order) =>
		expect(
			threatCounts(
				categories.map((category) => ({ category })),
				threatIds
			).map((c) => c.id)
		).toEqual(order)
	);

	it('adds up to every incident', () =>
		expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(content.incidents.length));
});

describe.each(['wide', 'narrow'] as const)('the %s threats chart', (layout) => {
	const plan = threatsLayout(counts, content.threats, firstCount, layout);
	const perIncident = plan.bars[0].bar.width / plan.bars[0].count;

	it('draws a bar per threat, its length proportional to the count from one zero line', () => {
		expect(plan.bars).toHaveLength(4);
		for (const b of plan.bars) {
			expect(b.bar.width / b.count, b.id).toBeCloseTo(perIncident, 1);
			expect(b.bar.x, b.id).toBe(plan.bars[0].bar.x);
		}
	});

	it('labels each bar with its name and count', () => {
		plan.bars.forEach((b, i) => {
			expect(textOf(b.name)).toBe(content.threats.find((t) => t.id === b.id)!.name);
			expect(textOf(b.countLabel)).toBe(i === 0 ? `${b.count} incidents` : String(b.count));
		});
	});

	it('keeps bars, symbols and labels inside the frame and apart', () =>
		expectClear(
			layout,
			plan.bars.flatMap((b) => [
				[`${b.id} bar`, rectBox(b.bar)],
				[`${b.id} symbol`, pointBox(b.symbolAt[0], b.symbolAt[1], plan.r)],
				[`${b.id} name`, boxOf(b.name)],
				[`${b.id} count`, boxOf(b.countLabel)]
			])
		));
});
