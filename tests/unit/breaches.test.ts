import { describe, expect, it } from 'vitest';
import { breachInputs, breachesLayout, decades, DOMAIN } from '$lib/charts/breaches';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { boxOf, expectClear, pointBox, textOf } from './chart-helpers';

const content = parseContent(readContentFiles());
const inputs = breachInputs(content.incidents, content.numbers);
const note = content.chartLabels.breaches.axisNote;

describe('breach data', () => {
	it.each([
		['yahoo', 'Yahoo!', 3_000_000_000, '3,000,000,000 accounts'],
		['marriott', 'Marriott Hotels', 383_000_000, '383,000,000 records'],
		['equifax', 'Equifax', 143_000_000, '143,000,000 records'],
		['singhealth', 'SingHealth', 1_500_000, '1,500,000 records']
	])('%s: %s, %d, written "%s"', (id, label, value, text) => {
		const breach = inputs.find((b) => b.id === id);
		expect(breach).toMatchObject({ label, value, valueText: text });
	});

	it('lists the four, largest first', () =>
		expect(inputs.map((b) => b.id)).toEqual(['yahoo', 'marriott', 'equifax', 'singhealth']));

	it.each([
		[
			[1e6, 1e10],
			[1e6, 1e7, 1e8, 1e9, 1e10]
		],
		[
			[10, 1000],
			[10, 100, 1000]
		]
	] as [[number, number], number[]][])('decades(%j)', (domain, expected) =>
		expect(decades(domain)).toEqual(expected)
	);
});

describe.each(['wide', 'narrow'] as const)('the %s breaches chart', (layout) => {
	const plan = breachesLayout(inputs, note, layout);
	const origin = plan.scale(DOMAIN[0]);
	const decade = Math.abs(plan.scale(1e7) - plan.scale(1e6));
	const at = (p: (typeof plan.points)[number]) => (plan.valueAxis === 'x' ? p.x : p.y);

	it('draws all four breaches', () => expect(plan.points.map((p) => p.label)).toHaveLength(4));

	it('labels the gridlines 1 m to 10 bn', () =>
		expect(plan.ticks.map((t) => textOf(t.label))).toEqual(['1 m', '10 m', '100 m', '1 bn', '10 bn']));

	it('says the scale is logarithmic', () => expect(textOf(plan.note).replace(/\n/g, ' ')).toBe(note));

	it('keeps SingHealth visibly apart from the axis origin: more than its dot between them', () => {
		const singhealth = plan.points.find((p) => p.id === 'singhealth')!;
		expect(Math.abs(at(singhealth) - origin)).toBeGreaterThan(plan.r * 2);
	});

	it('is a true log scale: the gap between two dots is the log of their ratio', () => {
		const [yahoo, , , singhealth] = plan.points;
		expect(Math.abs(at(yahoo) - at(singhealth)) / decade).toBeCloseTo(Math.log10(3e9 / 1.5e6), 3);
	});

	it('writes each number in full beside its name', () => {
		for (const p of plan.points) {
			const words = textOf(p.name) + '\n' + (p.valueLabel ? textOf(p.valueLabel) : '');
			expect(words).toContain(p.label);
			expect(words).toContain(p.valueText);
		}
	});

	it('keeps dots, names, numbers and the note inside the frame and apart', () => {
		const items: [string, ReturnType<typeof boxOf>][] = [
			['note', boxOf(plan.note)],
			...plan.ticks.map((t): [string, ReturnType<typeof boxOf>] => [
				`gridline ${textOf(t.label)}`,
				boxOf(t.label)
			])
		];
		for (const p of plan.points) {
			items.push([`${p.id} dot`, pointBox(p.x, p.y, plan.r)], [`${p.id} name`, boxOf(p.name)]);
			if (p.valueLabel) items.push([`${p.id} number`, boxOf(p.valueLabel)]);
		}
		expectClear(layout, items);
	});
});
