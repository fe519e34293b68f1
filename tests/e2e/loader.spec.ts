/**
 * How a page's script arrives (src/lib/client/loader.js): asked for only once the page has
 * been painted, so the first screen never waits for it; and still asked for where the
 * browser reports no paint.
 */
import { content, expect, test } from './fixtures';

const MODULE = /\/_app\/enhance\.js\?v=/;

/** When the page's module was asked for, and when the page was first painted, in ms. */
const timings = () =>
	({
		asked: performance
			.getEntriesByType('resource')
			.find((entry) => /\/_app\/enhance\.js\?v=/.test(entry.name))?.startTime,
		painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime
	}) as { asked?: number; painted?: number };

for (const path of ['/', '/poster', '/charts/timeline'])
	test(`${path} asks for its script only after its first paint`, async ({ page }) => {
		const asked = page.waitForRequest(MODULE);
		await page.goto(path);
		await asked;
		await expect(page.locator('html')).toHaveAttribute('data-fonts', 'loaded');
		const { asked: at, painted } = await page.evaluate(timings);
		expect(painted, 'a first contentful paint').toBeDefined();
		expect(at, 'the module asked for').toBeGreaterThanOrEqual(painted!);
	});

test('where the browser reports no paint, the script still arrives and the story works', async ({ page }) => {
	await page.addInitScript(() =>
		Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { get: () => [] })
	);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-fonts', 'loaded', { timeout: 10_000 });
	const step = page.locator('#chart-timeline .step[data-step="1"]');
	await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(step).toHaveClass(/active/);
	await page.locator('#incidents').scrollIntoViewIfNeeded();
	await expect(page.locator('#incident-list article:visible')).toHaveCount(content.incidents.length);
});
