/**
 * The scroll steps' looks, mark by mark ($lib/charts/scenes), and how they are
 * written into the markup ($lib/charts/steps): what a reader sees at each step
 * of each scrolling chart, from the content alone.
 */
import { describe, expect, it } from 'vitest';
import { breachInputs, breachesLayout } from '$lib/charts/breaches';
import { campaigns, espionageLayout } from '$lib/charts/espionage';
import { FRAMES, LAYOUTS } from '$lib/charts/frame';
import {
	breachesStates,
	espionageStates,
	threatsStates,
	timelineStates,
	toolboxStates
} from '$lib/charts/scenes';
import { markKey, stateAttributes, stepRules, type MarkKey, type StepStates } from '$lib/charts/steps';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';

const content = parseContent(readContentFiles());
const steps = content.scrollers;
const stepIndex = (chart: keyof typeof steps, id: string) => steps[chart].findIndex((s) => s.id === id);
/** A mark's state at a step; a key the chart's states do not have fails the test. */
function at(states: StepStates, key: string | MarkKey, step: number) {
	const list = states.marks.get(key as MarkKey);
	if (!list) throw new Error(`the ${states.chart} chart's states have no mark "${key}"`);
	return list[step];
}

describe('the steps written into a mark', () => {
	const states: StepStates = {
		chart: 'test',
		marks: new Map([
			[markKey('a'), [{ hidden: true }, { faded: true }, { bold: true, shift: [12, 0] }, { grow: 0 }, {}]],
			[markKey('still'), [{}, {}, {}, {}, {}]]
		])
	};
	it('lists the steps where it is hidden, faded or bold, and its moves as custom properties', () =>
		expect(stateAttributes(states, markKey('a'))).toEqual({
			'data-hidden': '0',
			'data-faded': '1',
			'data-bold': '2',
			'data-moves': '',
			style: '--x2:12px 0px;--s3:0 1'
		}));
	it('writes nothing for a mark that never changes, or off a scroller', () => {
		expect(stateAttributes(states, markKey('still'))).toEqual({});
		expect(stateAttributes(undefined, markKey('a'))).toEqual({});
	});
	it('stops the build on a mark its chart has no states for, naming the chart and the key', () =>
		expect(() => stateAttributes(states, markKey('a', 'value'))).toThrow(
			'The test chart draws a mark "a:value" that its scroll steps do not name'
		));
	it('has stylesheet rules that move only by translate, scale and opacity', () => {
		const rules = stepRules(2);
		expect(rules).toContain('[data-active="1"] [data-hidden~="1"]{opacity:0}');
		expect(rules).toContain('[data-active="1"] [data-moves]{translate:var(--x1,none);scale:var(--s1,none)}');
		const animated = [...rules.matchAll(/[{;]([a-z-]+):/g)].map((m) => m[1]);
		expect(new Set(animated)).toEqual(new Set(['opacity', 'fill', 'font-weight', 'translate', 'scale']));
	});
	it('ends every selector in an attribute or an element name, so a step change restyles only marks', () => {
		const selectors = stepRules(3)
			.replace(/^@media screen\{/, '')
			.replace(/\}$/, '')
			.split(/\{[^}]*\}/)
			.flatMap((group) => group.split(','))
			.map((selector) => selector.trim())
			.filter(Boolean);
		expect(selectors.length).toBeGreaterThan(3 * 5);
		for (const selector of selectors) {
			const last = selector.split(' ').at(-1)!;
			expect(last, selector).toMatch(/^(\[[^\]]+\]|[a-z]+(\[[^\]]+\])?)$/);
		}
	});
});

describe('the timeline', () => {
	const marks = content.incidents.map((i) => ({ id: i.id, group: i.category, year: i.year }));
	const states = timelineStates(marks, steps.timeline);
	it('hides the incidents after the years of a step', () => {
		const step = stepIndex('timeline', 'opening-years');
		const shown = marks.filter((m) => !at(states, m.id, step).hidden).map((m) => m.id);
		expect(shown.sort()).toEqual(
			content.incidents
				.filter((i) => i.year <= 2013)
				.map((i) => i.id)
				.sort()
		);
	});
	it('brings one incident forward in bold and fades the rest', () => {
		const step = stepIndex('timeline', 'stuxnet');
		expect(at(states, 'stuxnet', step)).toEqual({ bold: true });
		expect(at(states, 'dnc', step)).toEqual({ faded: true });
	});
});

describe('the threats', () => {
	it('fades every bar but the highlighted one', () => {
		const states = threatsStates(
			content.threats.map((t) => ({ id: t.id, group: t.id })),
			steps.threats
		);
		const step = stepIndex('threats', 'hacktivism');
		expect(content.threats.filter((t) => !at(states, t.id, step).faded).map((t) => t.id)).toEqual([
			'hacktivism'
		]);
	});
});

describe.each(LAYOUTS)('the breaches, %s', (layout) => {
	const inputs = breachInputs(content.incidents, content.numbers);
	const note = content.chartLabels.breaches.axisNote;
	const states = breachesStates(inputs, note, layout, steps.breaches);
	const log = breachesLayout(inputs, note, layout);
	const linear = breachesLayout(inputs, note, layout, 'linear');
	const first = stepIndex('breaches', 'linear');
	const span = layout === 'wide' ? FRAMES[layout].width : FRAMES[layout].height;

	it('moves every dot to its place on the linear scale', () => {
		for (const point of log.points) {
			const shift = at(states, point.id, first).shift ?? [0, 0];
			const target = linear.points.find((p) => p.id === point.id)!;
			expect(point.x + shift[0]).toBeCloseTo(target.x, 0);
			expect(point.y + shift[1]).toBeCloseTo(target.y, 0);
		}
	});
	it('moves at least three dots by more than 4% of the chart', () => {
		const far = log.points.filter(
			(p) => Math.hypot(...(at(states, p.id, first).shift ?? [0, 0])) > span * 0.04
		);
		expect(far.length).toBeGreaterThanOrEqual(3);
	});
	it('puts SingHealth within a hair of zero on the linear scale', () => {
		const zero = linear.scale(0);
		const singhealth = linear.points.find((p) => p.id === 'singhealth')!;
		expect(Math.abs((layout === 'wide' ? singhealth.x : singhealth.y) - zero)).toBeLessThan(1);
	});
	it('does not draw the log scale note, nor the ten billion gridline, on the linear scale', () => {
		expect(at(states, 'note', first).hidden).toBe(true);
		expect(at(states, markKey(1e10, 'tick'), first).hidden).toBe(true);
		expect(at(states, markKey(1e9, 'tick-label'), first).hidden).toBeFalsy();
	});
	it('ends on the log scale, every mark in its place, with SingHealth brought forward', () => {
		const last = stepIndex('breaches', 'taken');
		for (const [key, list] of states.marks) expect(list[last].shift, key).toBeUndefined();
		for (const point of log.points)
			for (const key of [markKey(point.id), markKey(point.id, 'name'), markKey(point.id, 'value')])
				expect(!!at(states, key, last).faded, key).toBe(point.id !== 'singhealth');
		expect(at(states, markKey(1e9, 'tick'), last)).toEqual({});
	});
});

describe.each(LAYOUTS)('espionage, %s', (layout) => {
	const plan = espionageLayout(campaigns(content.incidents), content.story.measures, layout);
	const states = espionageStates(plan, steps.espionage);
	it('draws the panels one by one, each bar growing from zero', () => {
		const step = stepIndex('espionage', 'companies');
		for (const bar of plan.bars) {
			const state = at(states, bar.id, step);
			if (bar.measure === 'companies') expect(state).toEqual({});
			else expect(state).toEqual({ hidden: true, grow: 0 });
		}
	});
	it('slides each number out along its bar', () => {
		const step = stepIndex('espionage', 'companies');
		const bar = plan.bars.find((b) => b.measure === 'countries')!;
		expect(at(states, markKey(bar.id, 'value'), step).shift).toEqual([-bar.bar.width, 0]);
	});
});

describe('the toolbox', () => {
	const rungs = content.story.eu.toolbox.items;
	const states = toolboxStates(rungs, steps.toolbox);
	it('climbs one rung a step, the newest in bold', () => {
		rungs.forEach((rung, i) => {
			const step = stepIndex('toolbox', rung.id);
			expect(rungs.filter((r) => !at(states, r.id, step).hidden)).toHaveLength(i + 1);
			expect(at(states, rung.id, step)).toEqual({ bold: true });
		});
	});
	it('ends on restrictive measures, their later first use', () => {
		const step = stepIndex('toolbox', 'first-use');
		expect(at(states, 'restrictive-measures', step)).toEqual({ bold: true });
		expect(at(states, 'statements', step)).toEqual({ faded: true });
		expect(at(states, markKey('statements', 'rung'), step)).toEqual({});
	});
});
