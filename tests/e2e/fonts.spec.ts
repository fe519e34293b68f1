/**
 * The web fonts reach every page: added after the first paint with JavaScript
 * (src/lib/client/fonts.ts), from the head's <noscript> without it. Each page
 * ends up with its text in the faces it names, from the site itself.
 */
import { WEB_FONTS_READY } from '../../scripts/lib/web-fonts';
import { expect, test } from './fixtures';

const PAGES = ['/', '/poster', '/charts', '/charts/timeline'];

/** The web faces a page has loaded, as "family weight style". */
const LOADED_FACES = () =>
	[...document.fonts]
		.filter((face) => face.status === 'loaded' && !face.family.includes('Fallback'))
		.map((face) => `${face.family.replace(/"/g, '')} ${face.weight} ${face.style}`)
		.sort();

for (const scripting of [true, false]) {
	test.describe(scripting ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: scripting });
		for (const path of PAGES)
			test(`${path} sets its headline and its text in the web fonts`, async ({ page }) => {
				await page.goto(path);
				await page.evaluate(WEB_FONTS_READY);
				const faces = await page.evaluate(LOADED_FACES);
				expect(faces).toContain('Source Serif 4 700 normal');
				expect(faces).toContain('Source Sans 3 400 normal');
				expect(await page.evaluate(() => document.fonts.check('700 2rem "Source Serif 4"'))).toBe(true);
			});
	});
}

test('the first paint does not wait for the web fonts: none is preloaded or asked for before it', async ({
	page
}) => {
	const early: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'font') early.push(request.url());
	});
	await page.route('**/*.woff2', async (route) => {
		// Fonts asked for before the page has painted would show here with no paint yet.
		const painted = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length);
		expect(painted, `${route.request().url()} asked for before the first paint`).toBe(1);
		await route.continue();
	});
	await page.goto('/');
	await page.evaluate(WEB_FONTS_READY);
	expect(early.length).toBeGreaterThan(0);
	expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
});
