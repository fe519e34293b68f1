import { content, expect, test } from './fixtures';

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
