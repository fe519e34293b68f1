import { content, editions, expect, test } from './fixtures';
import { INCIDENT_COLUMNS, balancedCounts, columnHeight } from '../../src/lib/poster/incident-columns';
import { inEdition } from '../../src/lib/content/editions';

test('every chart on the poster is drawn whole: no mark cut off by its trimmed frame', async ({ page }) => {
	await page.setViewportSize({ width: 2245, height: 3180 });
	await page.emulateMedia({ media: 'print' });
	await page.goto('/poster');
	for (const chart of content.charts) {
		const slot = page.locator(`[data-chart-slot="${chart.id}"] .graphic`);
		await expect(slot, chart.id).toHaveCount(1);
		const outside = await slot.evaluate((graphic) => {
			const frame = graphic.getBoundingClientRect();
			const marks = [...graphic.querySelectorAll('svg text, svg path, svg circle, svg rect, svg line')];
			return marks
				.map((mark) => ({ mark, box: mark.getBoundingClientRect() }))
				.filter(({ box }) => box.width + box.height > 0)
				.filter(({ box }) => box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5)
				.map(({ mark }) => mark.textContent?.trim() || mark.tagName);
		});
		expect(outside, `${chart.id}: marks outside the frame`).toEqual([]);
	}
});

for (const [lang, edition] of Object.entries(editions))
	test(`${lang}: the incident cards run in date order down seven balanced columns`, async ({ page }) => {
		await page.setViewportSize({ width: 2245, height: 3180 });
		await page.emulateMedia({ media: 'print' });
		await page.goto(inEdition(lang, '/poster'));
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		const columns = page.locator('.incidents > .incident-column');
		await expect(columns).toHaveCount(INCIDENT_COLUMNS.length);
		const { order, heights, gap, tops } = await page.locator('.incidents').evaluate((band) => {
			const cards = [...band.querySelectorAll<HTMLElement>('.incident')];
			return {
				order: cards.map((card) => card.dataset.incident),
				heights: cards.map((card) => card.getBoundingClientRect().height),
				gap: parseFloat(getComputedStyle(band.querySelector('.incident-column')!).rowGap),
				tops: [...band.children].map((column) => column.getBoundingClientRect().top)
			};
		});
		expect(order).toEqual(edition.incidents.map((incident) => incident.id));
		expect(new Set(tops.map(Math.round)).size, 'columns start level').toBe(1);

		const tallest = (counts: readonly number[]) => {
			let start = 0;
			return Math.max(...counts.map((count) => columnHeight(heights.slice(start, (start += count)), gap)));
		};
		const balanced = balancedCounts(heights, INCIDENT_COLUMNS.length, gap);
		expect(
			tallest(INCIDENT_COLUMNS),
			`The ${lang} columns are not balanced. One set of counts must balance every edition: ` +
				`[${balanced.join(', ')}] balances this one; set INCIDENT_COLUMNS in ` +
				'src/lib/poster/incident-columns.ts to counts that balance them all'
		).toBeLessThanOrEqual(tallest(balanced) + 0.5);
	});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

	/** The text of the sheet, in the order of the page. */
	const TEXT = '.poster :is(h1, h2, h3, p, li, svg text)';
	/** Where each given text sits on the page (CSS px); all text in the window if none are given.
	 * Text away from the window may not be laid out yet, and asking would lay it out: it is left be. */
	const whereText = ({ selector, only }: { selector: string; only?: string[] }) => {
		const texts = [...document.querySelectorAll(selector)];
		const at = (box: DOMRect) => `${Math.round(box.x + scrollX)} ${Math.round(box.y + scrollY)}`;
		if (only)
			return Object.fromEntries(only.map((index) => [index, at(texts[+index].getBoundingClientRect())]));
		return Object.fromEntries(
			texts
				.map((text, index) => ({ index, text }))
				.filter(({ text }) => text.checkVisibility({ contentVisibilityAuto: true }))
				.map(({ index, text }) => ({ index, box: text.getBoundingClientRect() }))
				.filter(
					({ box }) => box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth
				)
				.map(({ index, box }) => [index, at(box)])
		);
	};
	const settled = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

	test('the poster is held at reading size, and panning across it moves nothing in view', async ({
		page
	}) => {
		await page.goto('/poster');
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		// The page is as wide as the phone: the reader pans across the sheet rather than zooming out
		// to a size too small to read.
		expect(await page.evaluate(() => innerWidth)).toBe(412);

		// Pan over the whole sheet, half a screen at a time. Parts of the sheet are laid out as the
		// reader comes near them; what was in the window must stay where it was.
		const [width, height] = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			document.documentElement.scrollHeight
		]);
		for (let y = 0; y < height; y += 400)
			for (let x = 0; x < width; x += 200) {
				const before = await page.evaluate(whereText, { selector: TEXT });
				await page.evaluate(([x, y]) => scrollTo(x, y), [x, y]);
				await page.evaluate(settled);
				const after = await page.evaluate(whereText, { selector: TEXT, only: Object.keys(before) });
				const moved = Object.keys(before)
					.filter((index) => after[index] !== before[index])
					.map((index) => `text ${index}: ${before[index]} → ${after[index]}`);
				expect(moved, `text in view moved on panning to ${x}, ${y}`).toEqual([]);
			}
	});
});
