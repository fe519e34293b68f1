/**
 * The web fonts reach every page, with JavaScript or without: each page ends up
 * with its text in the faces it names, from the site itself.
 */
import { expect, test } from './fixtures';

const PAGES = ['/', '/poster', '/charts', '/charts/timeline'];

/** The web faces a page has loaded, as "family weight style". */
const LOADED_FACES = () =>
	[...document.fonts]
		.filter((face) => face.status === 'loaded' && !face.family.includes('Fallback'))
		.map((face) => `${face.family.replace(/"/g, '')} ${face.weight} ${face.style}`)
		.sort();

for (const scripting of [true, false])
	test.describe(scripting ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: scripting });
		// One page, one page load after another: each document loads its own faces.
		test(`${PAGES.join(', ')} set their headlines and their text in the web fonts`, async ({ page }) => {
			for (const path of PAGES) {
				await page.goto(path);
				await page.evaluate(() => document.fonts.ready.then(() => undefined));
				const faces = await page.evaluate(LOADED_FACES);
				expect(faces, path).toContain('Source Serif 4 700 normal');
				expect(faces, path).toContain('Source Sans 3 400 normal');
				expect(await page.evaluate(() => document.fonts.check('700 2rem "Source Serif 4"')), path).toBe(true);
			}
		});
	});
