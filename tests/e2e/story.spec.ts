import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { content, expect, test } from './fixtures';
import { CHART_IDS } from '../../src/lib/content/charts';

const steps = content.steps;

/** What a step asks the timeline to show, worked out from the content alone. */
function expected(step: (typeof steps)[number]) {
	const shown = content.incidents.filter((i) => step.through === undefined || i.year <= step.through);
	const full = step.focus
		? [step.focus]
		: step.highlight
			? shown.filter((i) => i.category === step.highlight).map((i) => i.id)
			: shown.map((i) => i.id);
	return { shown: shown.length, full: full.sort() };
}

async function scrollToStep(page: Page, index: number) {
	await page.locator(`.step[data-step="${index}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(page.locator(`.step[data-step="${index}"]`)).toHaveClass(/active/);
}

/** The timeline marks of the layout in view, with the opacity they are drawn with. */
async function marks(page: Page) {
	return page
		.locator('#chart-timeline .chart-svg:visible path[data-group]')
		.evaluateAll((paths) =>
			paths.map((p) => ({ id: p.getAttribute('data-id')!, opacity: Number(getComputedStyle(p).opacity) }))
		);
}

for (const [width, height] of [
	[375, 812],
	[1280, 800]
]) {
	test(`scrolling changes the timeline at every step (${width}px)`, async ({ page }, testInfo) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.setViewportSize({ width, height });
		await page.goto('/');
		for (const [index, step] of steps.entries()) {
			await scrollToStep(page, index);
			const want = expected(step);
			await expect
				.poll(async () => {
					const now = await marks(page);
					return {
						shown: now.filter((m) => m.opacity > 0).length,
						full: now
							.filter((m) => m.opacity === 1)
							.map((m) => m.id)
							.sort()
					};
				}, `step ${step.id}`)
				.toEqual(want);
			if (step.focus) {
				const card = page.locator(`.step[data-step="${index}"] [data-incident="${step.focus}"]`);
				await expect(card).toBeVisible();
				const incident = content.incidents.find((i) => i.id === step.focus)!;
				await expect(card).toContainText(incident.caption);
				if (incident.note) await expect(card).toContainText(incident.note);
			}
			await testInfo.attach(`step-${index}-${step.id}-${width}px`, {
				body: await page.screenshot(),
				contentType: 'image/png'
			});
		}
	});
}

test('steps can be reached and read with the keyboard', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: content.story.meta.skipLink })).toBeFocused();
	await page.keyboard.press('Enter');
	// A reader pages down the story: every step in turn becomes the active one, and at least half
	// of every step's text comes into view on the way (a page down may cut a card at an edge).
	const scroller = page.locator('[data-enhance="scroller"]');
	const seen: number[] = [];
	const read = new Set<number>();
	for (let press = 0; press < 80 && (read.size < steps.length || seen.at(-1) !== steps.length - 1); press++) {
		await page.keyboard.press('PageDown');
		await page.evaluate(() => new Promise(requestAnimationFrame));
		const active = await scroller.getAttribute('data-active');
		if (active !== null && Number(active) !== seen.at(-1)) seen.push(Number(active));
		const inView = await page.locator('.step .card').evaluateAll((cards) =>
			cards.map((card) => {
				const box = card.getBoundingClientRect();
				const shown = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
				return shown >= box.height / 2;
			})
		);
		inView.forEach((yes, i) => yes && read.add(i));
	}
	expect(seen, 'the steps made active, in order').toEqual(steps.map((_, i) => i));
	expect(
		[...read].sort((a, b) => a - b),
		'the steps read on the way'
	).toEqual(steps.map((_, i) => i));
});

for (const colorScheme of ['light', 'dark'] as const)
	for (const reducedMotion of ['no-preference', 'reduce'] as const)
		test(`axe finds no WCAG 2.1 A/AA violation at any step (${colorScheme}, motion ${reducedMotion})`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.emulateMedia({ colorScheme, reducedMotion });
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto('/');
			const axe = () =>
				new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			expect((await axe()).violations).toEqual([]);
			for (const index of steps.keys()) {
				await scrollToStep(page, index);
				// Let any fade finish: axe measures contrast as it is on screen.
				await page.waitForTimeout(reducedMotion === 'reduce' ? 50 : 450);
				const { violations } = await axe();
				expect(
					violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
					`step ${index}`
				).toEqual([]);
			}
		});

for (const width of [320, 375, 768, 1280, 1920])
	test(`no horizontal scrolling at ${width}px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
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

	test('all 18 incidents are there, each with place, date and figures', async ({ page }) => {
		await page.goto('/');
		for (const incident of content.incidents) {
			const block = page.locator(`#incident-${incident.id}`);
			await expect(block).toContainText(incident.label);
			await expect(block).toContainText(incident.place);
		}
	});
});
