/**
 * The charts told by scrolling, walked step by step on two phones' screens and a
 * desktop's: every step has a reading position where its card is wholly in the
 * window and covers none of the marks it brings forward, there its chart shows
 * what content/steps.yaml says (marks shown, faded, moved), every step changes
 * the picture, and axe finds nothing at any of them, in light and dark. Colour
 * contrast that axe cannot decide (text over other marks, or faded) counts as a
 * failure: a reader cannot read it either. A screenshot of every step at its
 * reading position is kept in test-artifacts/steps/.
 */
import type { Page } from '@playwright/test';
import type { ChartStep, ScrollerId } from '../../src/lib/content/parse';
import { fill } from '../../src/lib/content/format';
import { CONTINENTS, UNPLACED } from '../../src/lib/content/continents';
import { runAxe, WCAG_21_AA } from './axe';
import { content, expect, test } from './fixtures';

const SCROLLERS = Object.entries(content.scrollers) as [ScrollerId, ChartStep[]][];
/** The screens the steps are walked on. On two, axe reads every step too: each drawing (the
 * phone's and the wide one) in one theme, the other theme on the other. The steps change only the
 * marks' opacity, colour and place, which the themes' contrast tests (tests/unit/colour.test.ts)
 * check for every faded and bold look. Each step at once (reduced motion): the look a step settles
 * on is the same with motion. */
const SIZES = [
	[375, 667, 'light', 'axe'],
	[390, 844, 'light', ''],
	[1280, 800, 'dark', 'axe']
] as const;

/** What a step sets, where a step through the timeline's last year shows it all, as the last step does. */
const lastYear = Math.max(...content.incidents.map((i) => i.year));
const settings = ({ id: _id, text: _text, ...set }: ChartStep) =>
	JSON.stringify({ ...set, through: set.through === lastYear ? undefined : set.through });
/** The pictures the steps make: within a chart, steps that set the same things look the same. */
const DISTINCT_STATES = SCROLLERS.reduce((sum, [, steps]) => sum + new Set(steps.map(settings)).size, 0);
/** Charts whose steps move marks: a new scale (the breaches), a close-up (the map), bars growing (espionage). */
const MOVES: Partial<Record<ScrollerId, (step: ChartStep) => boolean>> = {
	breaches: (step) => !!step.scale,
	map: (step) => !!step.focus && step.focus !== UNPLACED,
	espionage: (step) => typeof step.through === 'string'
};
const MOVING = SCROLLERS.filter(([chart, steps]) => steps.some((s) => MOVES[chart]?.(s))).map(
	([chart]) => chart
);

/** Brings a step to the middle of the window and waits until its chart has finished changing. */
async function showStep(page: Page, chart: string, index: number) {
	const step = page.locator(`figure[data-chart="${chart}"] .step[data-step="${index}"]`);
	await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await settled(page, chart, index);
}

async function settled(page: Page, chart: string, index: number) {
	await expect(page.locator(`figure[data-chart="${chart}"] [data-enhance="scroller"]`)).toHaveAttribute(
		'data-active',
		String(index)
	);
	await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

/**
 * Brings a step to where a reader reads it: the step active, its card wholly in the window, and
 * neither it nor the cards before and after it (still or already on the screen) over any of the
 * marks it brings forward. Found from the marks' places (they stay put while the graphic is held,
 * whatever the scroll; the cards move with it), tried at every card position the step is active
 * at, then scrolled to and checked there. Returns the card's place and the marks the cards cover
 * (where no such place exists, those they cover at the lowest place). Done in the page in one
 * call: as eight calls from the test, their round trips took two thirds of every step's time.
 */
function readStep(page: Page, chart: string, index: number) {
	return page.evaluate(
		async ([chart, index]) => {
			interface Box {
				top: number;
				bottom: number;
				left: number;
				right: number;
			}
			const figure = document.querySelector(`figure[data-chart="${chart}"]`)!;
			const scroller = figure.querySelector<HTMLElement>('[data-enhance="scroller"]')!;
			const step = figure.querySelector(`.step[data-step="${index}"]`)!;
			const box = (el: Element): Box => {
				const { top, bottom, left, right } = el.getBoundingClientRect();
				return { top, bottom, left, right };
			};
			const overlaps = (a: Box, b: Box) =>
				a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
			// The step becomes active once the page has reported it (a frame or two), and its chart
			// then finishes changing.
			const settled = async () => {
				const until = performance.now() + 5_000;
				while (scroller.dataset.active !== String(index)) {
					if (performance.now() > until) throw new Error(`${chart} step ${index} never became active`);
					await new Promise(requestAnimationFrame);
				}
				await Promise.all(document.getAnimations().map((a) => a.finished));
			};
			// The chart's emphasised marks (neither hidden nor faded at the step) in the window.
			const marks = () => {
				const at = (el: Element, name: string) => !!el.closest(`[${name}~="${index}"]`);
				return [...figure.querySelectorAll('.chart-svg svg')]
					.filter((svg) => svg.getBoundingClientRect().width > 0)
					.flatMap((svg) => [
						...svg.querySelectorAll('[data-id] :is(rect, path, circle, text), :is(path, rect)[data-id]')
					])
					.filter((el) => !at(el, 'data-hidden') && !at(el, 'data-faded'))
					.map((el) => ({ id: el.closest('[data-id]')!.getAttribute('data-id')!, ...box(el) }));
			};
			type Drawn = ReturnType<typeof marks>;
			/** The marks the cards cover. */
			const covered = (drawn: Drawn, cards: Box[]) => [
				...new Set(drawn.filter((m) => cards.some((c) => overlaps(m, c))).map((m) => m.id))
			];
			step.scrollIntoView({ block: 'center' });
			await settled();
			const card = box(step.querySelector('.card')!);
			const others = [...figure.querySelectorAll('.step .card')].filter((c) => !step.contains(c));
			const othersNow = others.map(box);
			/** The step's card with its top at `top`, and the other cards where they are then. */
			const cardsAt = (top: number) => {
				const shift = top - card.top;
				const moved = (b: Box) => ({ ...b, top: b.top + shift, bottom: b.bottom + shift });
				return [card, ...othersNow].map(moved);
			};
			const cardHeight = card.bottom - card.top;
			const next = step.nextElementSibling;
			const line = innerHeight * (matchMedia('(min-width: 60rem)').matches ? 0.6 : 0.8);
			// The step is active from its top crossing the trigger line until the next step's does.
			const latest = line - (box(step).top - card.top);
			const earliest = next ? line - (box(next).top - card.top) : -Infinity;
			const drawn = marks();
			let best: number | undefined;
			for (
				let top = Math.floor(Math.min(latest, innerHeight - cardHeight)) - 2;
				top >= Math.max(earliest, 0) + 2;
				top -= 2
			) {
				if (!covered(drawn, cardsAt(top)).length) {
					best = top;
					break;
				}
			}
			if (best === undefined) {
				return { card: undefined, covered: covered(drawn, cardsAt(Math.max(0, innerHeight - cardHeight))) };
			}
			scrollBy(0, card.top - best);
			// The page reports the step's new place a frame or two later: it must still be the active one.
			await new Promise(requestAnimationFrame);
			await new Promise(requestAnimationFrame);
			await settled();
			const there = box(step.querySelector('.card')!);
			return { card: there, covered: covered(marks(), [there, ...others.map(box)]) };
		},
		[chart, index] as const
	);
}

interface Mark {
	key: string;
	opacity: number;
	/** Where it is drawn, as a share of the chart's width and height. */
	left: number;
	right: number;
	top: number;
	fill: string;
}

/** Every mark of a chart's drawing in view: its data-id, what it is, how visible and where. */
function marksOf(page: Page, chart: string): Promise<Mark[]> {
	return page.locator(`figure[data-chart="${chart}"] .chart-svg:visible svg`).evaluate((svg) => {
		const frame = svg.getBoundingClientRect();
		const opacityOf = (el: Element | null): number =>
			!el || el === svg ? 1 : Number(getComputedStyle(el).opacity) * opacityOf(el.parentElement);
		return [...svg.querySelectorAll('[data-id] > :is(rect, path, circle, text), path[data-id]')].map((el) => {
			const box = el.getBoundingClientRect();
			const owner = el.closest('[data-id]')!;
			return {
				key: `${owner.getAttribute('data-id')}/${el.tagName}/${[...owner.children].indexOf(el)}`,
				opacity: Math.round(opacityOf(el) * 100) / 100,
				left: (box.left - frame.left) / frame.width,
				right: (box.right - frame.left) / frame.width,
				top: (box.top - frame.top) / frame.height,
				fill: getComputedStyle(el).fill
			};
		});
	});
}

/** What each chart's step data says a reader sees, checked on the marks in view. */
const CHECKS: Record<ScrollerId, (marks: Mark[], step: ChartStep) => void> = {
	timeline(marks, step) {
		const years = content.incidents.filter((i) => typeof step.through !== 'number' || i.year <= step.through);
		const full = step.focus
			? [step.focus]
			: years.filter((i) => !step.highlight || i.category === step.highlight).map((i) => i.id);
		const symbols = marks.filter((m) => m.key.includes('/path/'));
		expect(symbols.filter((m) => m.opacity > 0).length, 'incidents shown').toBe(years.length);
		expect(
			symbols
				.filter((m) => m.opacity === 1)
				.map((m) => m.key.split('/')[0])
				.sort(),
			'in full'
		).toEqual(full.sort());
	},
	threats(marks, step) {
		for (const threat of content.threats) {
			const bar = marks.find((m) => m.key.startsWith(`${threat.id}/rect`))!;
			expect(bar.opacity, threat.id).toBe(!step.highlight || step.highlight === threat.id ? 1 : 0.2);
		}
	},
	breaches(marks, step) {
		const dot = (id: string) => marks.find((m) => m.key === `${id}/path/-1`)!;
		// On the linear scale Equifax's 143 million and SingHealth's 1.5 million nearly meet at zero;
		// on the log scale they are far apart.
		const [yahoo, equifax, singhealth] = [dot('yahoo'), dot('equifax'), dot('singhealth')];
		// The phone's drawing has its scale upright, every dot in one column.
		const upright = Math.abs(yahoo.left - singhealth.left) < 0.01;
		const apart = upright ? Math.abs(equifax.top - singhealth.top) : Math.abs(equifax.left - singhealth.left);
		expect(apart < 0.06, `Equifax and SingHealth ${apart.toFixed(3)} apart`).toBe(step.scale === 'linear');
		for (const breach of ['yahoo', 'marriott', 'equifax', 'singhealth'])
			expect(dot(breach).opacity, breach).toBe(step.focus && step.focus !== breach ? 0.2 : 1);
	},
	espionage(marks, step) {
		const measures = ['companies', 'countries', 'industries'];
		const drawn =
			typeof step.through === 'string' ? measures.slice(0, measures.indexOf(step.through) + 1) : measures;
		for (const measure of measures)
			for (const campaign of ['apt1', 'apt10']) {
				const bar = marks.find((m) => m.key.startsWith(`${campaign}-${measure}/rect`))!;
				const want = !drawn.includes(measure) ? 0 : step.focus && step.focus !== campaign ? 0.2 : 1;
				expect(bar.opacity, `${campaign} ${measure}`).toBe(want);
				if (!drawn.includes(measure)) expect(bar.right - bar.left, 'not grown yet').toBeLessThan(0.01);
			}
	},
	map(marks, step) {
		// A close-up shows its continent's incidents in full, inside the drawing; every other one in
		// view is faded, and the last step fades them all.
		const placed = content.incidents.filter((i) => i.country);
		const full = placed.filter((i) =>
			step.focus === UNPLACED ? false : !step.focus || CONTINENTS[step.focus].includes(i.country!)
		);
		const symbols = placed.map((i) => ({ id: i.id, ...marks.find((m) => m.key === `${i.id}/path/-1`)! }));
		expect(
			symbols.filter((m) => m.opacity === 1).map((m) => m.id),
			'in full'
		).toEqual(full.map((i) => i.id));
		for (const m of symbols.filter((s) => s.opacity === 1)) {
			expect(m.left, `${m.id} in the drawing`).toBeGreaterThanOrEqual(0);
			expect(m.right, `${m.id} in the drawing`).toBeLessThanOrEqual(1);
		}
		expect(symbols.filter((m) => m.opacity > 0 && m.opacity < 1).length, 'faded').toBe(
			step.focus === UNPLACED ? placed.length : symbols.filter((m) => m.opacity > 0).length - full.length
		);
	},
	toolbox(marks, step) {
		const rungs = content.story.eu.toolbox.items.map((item) => item.id);
		const top = typeof step.through === 'string' ? rungs.indexOf(step.through) : rungs.length - 1;
		rungs.forEach((rung, i) => {
			const words = marks.find((m) => m.key.startsWith(`${rung}/text`))!;
			expect(words.opacity, rung).toBe(i <= top ? 1 : 0);
		});
	}
};

/** A picture's fingerprint: every mark's visibility, place and colour, rounded. */
const fingerprint = (marks: Mark[]) =>
	JSON.stringify(
		marks.map((m) => [m.key, m.opacity, m.left.toFixed(3), m.top.toFixed(3), m.right.toFixed(3), m.fill])
	);

for (const [width, height, colorScheme, axe] of SIZES)
	test(`every step of every scrolling chart is read beside what its step says (${width} × ${height}, ${colorScheme}${axe ? ', axe' : ''})`, async ({
		page
	}, testInfo) => {
		test.setTimeout(180_000);
		await page.emulateMedia({ reducedMotion: 'reduce', colorScheme });
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		if (axe) expect(await axeProblems(page), 'axe on the page').toEqual([]);
		const pictures = new Set<string>();
		const stills: string[] = [];
		const hidden: string[] = [];
		const moved = new Map<string, number>();
		const changes = new Map<string, Set<string>>();
		for (const [chart, steps] of SCROLLERS) {
			let before: Mark[] | undefined;
			for (const [index, step] of steps.entries()) {
				const { card, covered } = await readStep(page, chart, index);
				// Where the step has a reading place, the card is wholly in the window there.
				expect(card?.top ?? 0, 'card in the window').toBeGreaterThanOrEqual(-1);
				expect(card?.bottom ?? 0, 'card in the window').toBeLessThanOrEqual(height + 1);
				if (covered.length) hidden.push(`${chart} ${step.id}: ${covered.join(', ')}`);
				if (axe) expect(await axeProblems(page, chart, index), `axe, ${chart} step ${index}`).toEqual([]);
				// The bar over the graphic says where the reader is, in words a screen reader reads.
				const progress = page.locator(`figure[data-chart="${chart}"] [role="progressbar"]`);
				await expect(progress).toBeVisible();
				await expect(progress).toHaveAttribute(
					'aria-valuetext',
					fill(content.chartUi.stepOf, { step: index + 1, count: steps.length })
				);
				const marks = await marksOf(page, chart);
				CHECKS[chart](marks, step);
				const picture = `${chart} ${fingerprint(marks)}`;
				if (before && `${chart} ${fingerprint(before)}` === picture) stills.push(`${chart} ${step.id}`);
				pictures.add(picture);
				changes.set(chart, (changes.get(chart) ?? new Set()).add(picture));
				// How many marks in view moved or grew, by more than 4% of the chart, since the step before:
				// shapes by any edge, words only when both their ends shift the same way or their top does
				// (words set in bold widen, which is no move).
				if (before) {
					const then = new Map(before.map((m) => [m.key, m]));
					const far = marks.filter((m) => {
						const was = then.get(m.key);
						if (!was || m.opacity === 0) return false;
						const [left, right, top] = [m.left - was.left, m.right - was.right, m.top - was.top];
						if (Math.abs(top) > 0.04) return true;
						return /\/(text|tspan)\//.test(m.key)
							? Math.min(Math.abs(left), Math.abs(right)) > 0.04 && Math.sign(left) === Math.sign(right)
							: Math.max(Math.abs(left), Math.abs(right)) > 0.04;
					});
					moved.set(chart, Math.max(moved.get(chart) ?? 0, far.length));
				}
				before = marks;
				const shot = `test-artifacts/steps/${width}x${height}/${chart}-${index}-${step.id}.png`;
				await page.screenshot({ path: shot });
				await testInfo.attach(`${chart} step ${index} (${step.id}) at ${width} × ${height}`, {
					path: shot,
					contentType: 'image/png'
				});
			}
		}
		// Every step has a place where its card is read beside what it brings forward, not over it.
		expect(hidden, 'steps whose marks a card always covers (its own, or the one before or after it)').toEqual(
			[]
		);
		// Scrolling on to a step always changes the chart (a step may come back to an earlier picture).
		expect(stills, 'steps that change nothing').toEqual([]);
		// Every chart changes while scrolling, into as many pictures as its steps say.
		expect([...changes].filter(([, seen]) => seen.size > 1).map(([chart]) => chart)).toEqual(
			SCROLLERS.map(([chart]) => chart)
		);
		expect(pictures.size, 'distinct pictures').toBe(DISTINCT_STATES);
		testInfo.annotations.push({ type: 'distinct pictures', description: String(pictures.size) });
		// The charts whose steps move marks: a new scale, a close-up, bars growing from the axis.
		const movers = [...moved].filter(([, count]) => count >= 3).map(([chart]) => chart);
		expect(MOVING.length, 'charts whose steps move marks').toBeGreaterThanOrEqual(3);
		expect(movers, 'charts that move three or more marks').toEqual(expect.arrayContaining(MOVING));
		testInfo.annotations.push({ type: 'charts that move marks', description: movers.join(', ') });
	});

/**
 * Every word drawn in a chart in view, as a reader sees it: its colour through the opacity of
 * its marks, against the page. Faded words must keep 4.5:1. (Words drawn in the page's own
 * colour sit on a mark, such as the ladder's numbered discs, and are left to axe.)
 */
function drawnTextContrast(page: Page, figure: string): Promise<string[]> {
	return page.locator(`${figure} .chart-svg:visible svg`).evaluate((svg) => {
		const rgb = (colour: string) =>
			colour
				.match(/[\d.]+/g)!
				.slice(0, 3)
				.map(Number);
		const luminance = (c: number[]) => {
			const [r, g, b] = c.map((v) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const page = rgb(getComputedStyle(document.body).backgroundColor);
		const opacityOf = (el: Element | null): number =>
			!el || el === svg ? 1 : Number(getComputedStyle(el).opacity) * opacityOf(el.parentElement);
		const problems: string[] = [];
		for (const text of svg.querySelectorAll('text')) {
			const spans = [...text.querySelectorAll('tspan')];
			for (const part of spans.length ? spans : [text]) {
				const alpha = opacityOf(part);
				const fill = rgb(getComputedStyle(part).fill);
				if (alpha === 0 || !part.textContent?.trim() || fill.every((v, i) => v === page[i])) continue;
				const seen = fill.map((v, i) => v * alpha + page[i] * (1 - alpha));
				const [hi, lo] = [luminance(seen), luminance(page)].sort((a, b) => b - a);
				const ratio = (hi + 0.05) / (lo + 0.05);
				if (ratio < 4.5) problems.push(`"${part.textContent.trim()}" drawn at ${ratio.toFixed(2)}:1`);
			}
		}
		return problems;
	});
}

/** What axe finds: on the whole page, or (given a chart and a step) the contrast of the step's card
 * and its graphic, with the colour contrast axe cannot decide that a reader sees. */
async function axeProblems(page: Page, chart?: string, index?: number): Promise<string[]> {
	const figure = `figure[data-chart="${chart}"]`;
	// The whole page once; at each step a chart's marks change only their look and place, so
	// what a step can break is contrast.
	// A step's own card and its graphic: the other cards are a window or more away.
	const result = chart
		? await runAxe(page, { runOnly: ['color-contrast'] }, [
				`${figure} .step[data-step="${index}"]`,
				`${figure} .sticky`
			])
		: await runAxe(page, WCAG_21_AA);
	// Contrast axe could not decide because of the text's own colour or transparency is a
	// failure, where a reader sees the text. What it leaves undecided because of what lies
	// behind (an SVG drawing, a step's card over it) is measured by drawnTextContrast instead.
	const ownColour = (n: (typeof result.incomplete)[number]['nodes'][number]) =>
		['fgAlpha', 'equalRatio', 'default', 'colorParse'].includes(
			(n.any.find((c) => c.id === 'color-contrast')?.data as { messageKey?: string } | null)?.messageKey ??
				'default'
		);
	const undecided = result.incomplete.flatMap((r) =>
		r.id === 'color-contrast' ? r.nodes.filter(ownColour) : []
	);
	const seen = await page.evaluate(
		(targets) =>
			targets.filter((target) => {
				const box = document.querySelector(target)?.getBoundingClientRect();
				if (!box) return false;
				const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
				return x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight;
			}),
		undecided.map((n) => String(n.target[0]))
	);
	return [
		...result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
		...undecided
			.filter((n) => seen.includes(String(n.target[0])))
			.map((n) => `color-contrast, undecided: ${n.target} (${n.any.map((c) => c.message).join('; ')})`),
		...(chart ? await drawnTextContrast(page, figure) : [])
	];
}

test('a printed page shows every chart in its final state, whichever step is in view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await showStep(page, 'breaches', 0);
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
	const marks = await marksOf(page, 'breaches');
	expect(marks.filter((m) => m.opacity !== 1).map((m) => m.key)).toEqual([]);
});
