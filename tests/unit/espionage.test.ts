import { describe, expect, it } from 'vitest';
import { campaigns, capitalise, espionageLayout } from '$lib/charts/espionage';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { boxOf, expectClear, rectBox, textOf } from './chart-helpers';

const content = parseContent(readContentFiles());
const list = campaigns(content.incidents);

describe('campaigns', () => {
	it('finds APT1 and APT10 with their three counts', () =>
		expect(list.map(({ id, year, values }) => ({ id, year, values }))).toEqual([
			{ id: 'apt1', year: 2013, values: { companies: 141, countries: 15, industries: 20 } },
			{ id: 'apt10', year: 2017, values: { companies: 42, countries: 12, industries: 20 } }
		]));

	it.each([
		['companies', 'Companies'],
		['major industries', 'Major industries'],
		['', '']
	])('capitalise(%j) is %j', (text, expected) => expect(capitalise(text)).toBe(expected));
});

describe.each(['wide', 'narrow'] as const)('the %s espionage chart', (layout) => {
	const plan = espionageLayout(list, content.story.measures, layout);

	it('has three panels of two bars, titled by measure', () => {
		expect(plan.panels.map((p) => textOf(p.title))).toEqual(['Companies', 'Countries', 'Major industries']);
		expect(plan.bars).toHaveLength(6);
	});

	it('draws each panel from its zero line, bars proportional to their values', () => {
		for (const panel of plan.panels) {
			const bars = plan.bars.filter((b) => b.measure === panel.id);
			for (const b of bars) expect(b.bar.x, b.id).toBe(panel.baseline.x1);
			const [a, b] = bars;
			expect(a.bar.width / b.bar.width, panel.id).toBeCloseTo(a.value / b.value, 3);
		}
	});

	it('labels every bar with its number', () => {
		for (const b of plan.bars) expect(textOf(b.valueLabel), b.id).toBe(String(b.value));
	});

	it('names each campaign with its year', () => {
		const names =
			layout === 'wide' ? plan.names.map((n) => textOf(n.block)) : plan.bars.map((b) => textOf(b.name!));
		for (const c of list)
			expect(names.some((n) => n.includes(c.label) && n.includes(String(c.year)))).toBe(true);
	});

	it('keeps bars and words inside the frame and apart', () =>
		expectClear(layout, [
			...plan.panels.map((p): [string, ReturnType<typeof boxOf>] => [`${p.id} title`, boxOf(p.title)]),
			...plan.names.map((n): [string, ReturnType<typeof boxOf>] => [`${n.id} name`, boxOf(n.block)]),
			...plan.bars.flatMap((b): [string, ReturnType<typeof boxOf>][] => [
				[`${b.id} bar`, rectBox(b.bar)],
				[`${b.id} number`, boxOf(b.valueLabel)],
				...(b.name ? [[`${b.id} name`, boxOf(b.name)] as [string, ReturnType<typeof boxOf>]] : [])
			])
		]));
});
