import { content, expect, test } from './fixtures';
import { CHART_IDS } from '../../src/lib/content/charts';

/** Every scroll step of the story, in page order. */
const steps = Object.values(content.scrollers).flat();

test('steps can be reached and read with the keyboard', async ({ page }) => {
	test.setTimeout(120_000);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: content.story.meta.skipLink })).toBeFocused();
	await page.keyboard.press('Enter');
	// A reader pages down the story: every step in turn becomes the active one, and at least half
	// of every step's text comes into view on the way (a page down may cut a card at an edge).
	// Steps are numbered across the page: the scroller's own number plus the steps before it.
	const seen: number[] = [];
	const read = new Set<number>();
	for (
		let press = 0;
		press < 250 && (read.size < steps.length || seen.at(-1) !== steps.length - 1);
		press++
	) {
		// The page scrolls to its place over several frames; on a busy machine a frame can pass
		// without a move mid-way, so its end is taken from the browser's scrollend event (none comes
		// at the bottom of the page, where the key moves nothing).
		await page.evaluate(() => {
			const w = window as unknown as { scrolled: Promise<void> };
			w.scrolled = new Promise<void>((resolve) => {
				addEventListener('scrollend', () => resolve(), { once: true });
				setTimeout(resolve, 2000);
			});
		});
		await page.keyboard.press('PageDown');
		await page.evaluate(() => (window as unknown as { scrolled: Promise<void> }).scrolled);
		// Once the page has come to rest, the step on the trigger line (60 % down the window) is
		// the active one. Waiting for that, not for a fixed frame, keeps a busy machine from
		// reading the state before the step's entry is reported.
		// One look at the page per poll: the active step, the step on the line, the cards at least
		// half in view, and whether the page moved during a frame.
		let now: { active: number | null; inView: boolean[] } | undefined;
		await expect
			.poll(async () => {
				const look = await page.evaluate(async () => {
					const y = scrollY;
					const scrollers = Array.from(document.querySelectorAll<HTMLElement>('[data-enhance="scroller"]'));
					const counts = scrollers.map((s) => s.querySelectorAll('.step').length);
					const before = (index: number) => counts.slice(0, index).reduce((a, b) => a + b, 0);
					const last = scrollers.findLastIndex((s) => s.dataset.active !== undefined);
					const line = innerHeight * 0.6;
					const onLine = Array.from(document.querySelectorAll('.step')).findIndex((step) => {
						const box = step.getBoundingClientRect();
						return box.top <= line && box.bottom > line;
					});
					const inView = Array.from(document.querySelectorAll('.step .card')).map((card) => {
						const box = card.getBoundingClientRect();
						return Math.min(box.bottom, innerHeight) - Math.max(box.top, 0) >= box.height / 2;
					});
					await new Promise(requestAnimationFrame);
					return {
						settled: scrollY === y,
						active: last < 0 ? null : before(last) + Number(scrollers[last].dataset.active),
						onLine,
						inView
					};
				});
				now = look;
				return look.settled && (look.onLine < 0 || look.onLine === look.active);
			}, 'the step on the trigger line becomes the active one')
			.toBe(true);
		const { active, inView } = now!;
		if (active !== null && active !== seen.at(-1)) seen.push(active);
		inView.forEach((yes, i) => yes && read.add(i));
	}
	expect(seen, 'the steps made active, in order').toEqual(steps.map((_, i) => i));
	expect(
		[...read].sort((a, b) => a - b),
		'the steps read on the way'
	).toEqual(steps.map((_, i) => i));
});

const WIDTHS = [320, 375, 768, 1280, 1920];
test(`no horizontal scrolling at ${WIDTHS.join(', ')} px`, async ({ page }) => {
	// Loaded at the narrowest width, as a phone does; from there the page's own layout answers each
	// resize (media and container queries), so no reload is needed.
	await page.setViewportSize({ width: WIDTHS[0], height: 900 });
	await page.goto('/');
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: 900 });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
	}
});

test('the explorer filters and sorts the incidents', async ({ page }) => {
	await page.goto('/#incidents');
	const list = page.locator('#incident-list article:visible');
	await expect(list).toHaveCount(18);
	await page
		.getByRole('combobox', { name: content.story.explore.filterThreat, exact: true })
		.selectOption('breach');
	await expect(list).toHaveCount(4);
	await page.getByRole('combobox', { name: content.story.explore.sortBy, exact: true }).selectOption('size');
	await expect(list.first()).toHaveAttribute('data-incident', 'yahoo');
	await expect(list.last()).toHaveAttribute('data-incident', 'singhealth');
	await expect(page.getByRole('status')).toHaveText('4 of 18 incidents shown');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every chart is drawn with its marks and has a data table', async ({ page }) => {
		await page.goto('/');
		const figures = page.locator('figure[data-chart]');
		const ids = await figures.evaluateAll((els) => els.map((el) => el.getAttribute('data-chart')));
		expect([...ids].sort(), 'every chart, once').toEqual([...CHART_IDS].sort());
		for (const id of ids) {
			const figure = page.locator(`figure[data-chart="${id}"]`);
			expect(await figure.locator('svg *').count(), `${id} marks`).toBeGreaterThan(5);
			await expect(figure.locator('table'), `${id} table`).toHaveCount(1);
		}
		await expect(page.locator('#chart-timeline .chart-svg:visible path[data-group]')).toHaveCount(18);
	});

	test('does not tell the reader the charts change, since they then do not', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: content.story.opening.cue })).toBeHidden();
	});

	test('every scrolling chart shows its final state, its steps read as paragraphs beside it', async ({
		page
	}) => {
		await page.goto('/');
		for (const [chart, list] of Object.entries(content.scrollers)) {
			const figure = page.locator(`figure[data-chart="${chart}"]`);
			await expect(figure.locator('.step .card > p:first-child')).toHaveCount(list.length);
			const changed = await figure.locator('.chart-svg:visible svg *').evaluateAll(
				(marks) =>
					marks.filter((m) => {
						const style = getComputedStyle(m);
						return style.opacity !== '1' || style.translate !== 'none' || style.scale !== 'none';
					}).length
			);
			expect(changed, `${chart}: marks not in their final state`).toBe(0);
		}
	});

	test('all 18 incidents are there, each with place, date and figures', async ({ page }) => {
		await page.goto('/');
		for (const incident of content.incidents) {
			const block = page.locator(`#incident-${incident.id}`);
			await expect(block).toContainText(incident.label);
			await expect(block).toContainText(incident.place);
		}
	});
});

for (const [width, height] of [
	[390, 844],
	[1280, 800]
] as const)
	test(`the first screen shows the story at a glance and says scrolling tells it (${width} × ${height})`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		const years = content.incidents.map((i) => i.year);
		const glance = page.getByRole('img', {
			name: new RegExp(`^${content.incidents.length}\\D.*${Math.min(...years)}\\D.*${Math.max(...years)}\\D`)
		});
		await expect(glance).toBeInViewport({ ratio: 1 });
		// A symbol per incident and a ring per EU step after them.
		await expect(glance.locator('path')).toHaveCount(content.incidents.length);
		await expect(glance.locator('circle')).toHaveCount(content.events.length);
		// Its key names each threat beside its symbol, on the same screen.
		const key = page.locator('.opening').getByRole('list', { name: content.chartUi.legend });
		await expect(key.getByRole('listitem')).toHaveText(content.threats.map((t) => t.short));
		await expect(key).toBeInViewport({ ratio: 1 });
		const cue = page.getByRole('link', { name: content.story.opening.cue });
		await expect(cue).toBeInViewport({ ratio: 1 });
		await cue.click();
		await expect(page.locator('#threats')).toBeInViewport();
	});
