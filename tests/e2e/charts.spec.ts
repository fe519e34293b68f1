import { content, expect, test } from './fixtures';
import { inEdition } from '../../src/lib/content/editions';
import { CHART_FILES, deckPath, INCIDENTS_DATA } from '../../src/lib/charts/files';
import { textWidth } from '../../src/lib/charts/frame';

test('the chart index lists every chart and links the data', async ({ page }) => {
	await page.goto('/charts');
	for (const chart of content.charts)
		await expect(page.getByRole('link', { name: chart.title, exact: true })).toHaveAttribute(
			'href',
			`/charts/${chart.id}`
		);
	await expect(page.locator(`a[href="${INCIDENTS_DATA.csv}"]`)).toHaveCount(1);
});

for (const width of [375, 1280])
	test(`the chart index shows every chart as a picture that keeps its place (${width} px)`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/charts');
		// What is measured here is the pictures arriving, not the web fonts' swap.
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		const pictures = page.locator('ol.charts img');
		await expect(pictures).toHaveCount(content.charts.length);
		const boxes = await pictures.evaluateAll((imgs) =>
			imgs.map((img) => img.getBoundingClientRect().toJSON())
		);
		await expect(pictures.first()).toHaveAttribute('loading', 'eager');
		for (const [i, chart] of content.charts.entries()) {
			const picture = pictures.nth(i);
			await expect(picture).toHaveAttribute('src', CHART_FILES.svgPlain(chart.id));
			await expect(picture).toHaveAttribute('alt', chart.description);
			// Its 16:9 box is there before the file arrives, so nothing moves when it does.
			const box = boxes[i];
			expect(Math.abs(box.height - (box.width * 540) / 960)).toBeLessThan(3);
			// Below the first screen, it waits until the reader comes near.
			if (box.y > 800) await expect(picture).toHaveAttribute('loading', 'lazy');
			await picture.scrollIntoViewIfNeeded();
			await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(960);
		}
		// Nothing moved as the pictures arrived.
		await page.evaluate(() => window.scrollTo(0, 0));
		const after = await pictures.evaluateAll((imgs) =>
			imgs.map((img) => img.getBoundingClientRect().toJSON())
		);
		expect(after.map((b) => Math.round(b.y))).toEqual(boxes.map((b) => Math.round(b.y)));
	});

for (const chart of content.charts)
	test(`/charts/${chart.id} shows the chart alone in an embed-sized window, with its words and working downloads`, async ({
		page,
		request
	}) => {
		// The size of a frame an embed might give it: nothing overflows sideways.
		await page.setViewportSize({ width: 600, height: 338 });
		await page.goto(`/charts/${chart.id}`);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(chart.title);
		await expect(page.getByText(chart.takeaway)).toBeVisible();
		await expect(page.locator('figure figcaption')).toContainText(chart.source);
		// No site chrome around the chart (it is what an embed shows): only the credit under it,
		// with the links to the chart in the other editions.
		await expect(page.locator('header, footer, .skip-link')).toHaveCount(0);
		await expect(page.locator('nav')).toHaveCount(1);
		await expect(page.locator('figure ~ [data-embed-hide] nav.editions')).toHaveCount(1);
		for (const kind of ['svg', 'png', 'png4k', 'pngDark', 'csv'] as const) {
			const link = page.locator(`a[href="${CHART_FILES[kind](chart.id)}"]`);
			await expect(link).toHaveAttribute('download');
			expect((await request.get(CHART_FILES[kind](chart.id))).status(), kind).toBe(200);
		}
		await page.getByText(content.chartUi.cite, { exact: true }).click();
		await expect(page.locator('.citation')).toContainText(`/charts/${chart.id}`);

		// Its SVG file, drawn as an <img>, has the same text as the wide chart on the page.
		const onPage = await page
			.locator('.chart-svg.wide svg text')
			.evaluateAll((texts) => texts.map((t) => t.textContent!.trim()).filter(Boolean));
		const svg = await (await page.request.get(CHART_FILES.svg(chart.id))).text();
		const inFile = await page.evaluate(
			async ([source, href]) => {
				const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
				if (doc.querySelector('parsererror')) throw new Error('the SVG does not parse');
				const texts = [...doc.querySelectorAll('svg svg text')]
					.map((t) => t.textContent!.trim())
					.filter(Boolean);
				const img = new Image();
				img.src = href; // the file as served, like any page or slide that links it
				await img.decode();
				const canvas = Object.assign(document.createElement('canvas'), { width: 960, height: 540 });
				const context = canvas.getContext('2d')!;
				context.drawImage(img, 0, 0);
				const pixels = context.getImageData(0, 0, 960, 540).data;
				let inked = 0;
				for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 || pixels[i + 1] < 200) inked++;
				return { texts, width: img.naturalWidth, inked };
			},
			[svg, CHART_FILES.svg(chart.id)] as const
		);
		expect(inFile.width).toBe(960);
		expect(inFile.inked, 'the image is not blank').toBeGreaterThan(2000);
		expect(inFile.texts).toEqual(onPage);

		// Every word the chart sets, in the web font, is no wider than the layout allowed for it: in
		// both its drawings, the one for this width and the other, shown here to be measured.
		await page.addStyleTag({ content: '.chart-svg { display: block !important; }' });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		const set = await page.locator('.chart-svg svg :is(text, tspan):not(:has(tspan))').evaluateAll((leaves) =>
			leaves.map((leaf) => {
				const style = getComputedStyle(leaf);
				return {
					text: leaf.textContent!,
					size: parseFloat(style.fontSize),
					bold: Number(style.fontWeight) >= 600,
					width: (leaf as SVGTextContentElement).getComputedTextLength()
				};
			})
		);
		expect(
			set.filter((leaf) => leaf.text.trim() && leaf.width === 0),
			'words not drawn'
		).toEqual([]);
		for (const { text, size, bold, width } of set)
			expect(width, `"${text}"`).toBeLessThanOrEqual(textWidth(text, size, bold) + 0.5);
	});

test('every edition’s slide deck and incident data are served', async ({ request }) => {
	const paths = ['en', 'fr', 'de'].flatMap((lang) => [
		deckPath(lang),
		inEdition(lang, INCIDENTS_DATA.csv),
		inEdition(lang, INCIDENTS_DATA.json)
	]);
	for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
});

test.describe('copying the citation', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('puts the citation on the clipboard and says so', async ({ page }) => {
		await page.goto('/charts/timeline');
		await page.getByText(content.chartUi.cite, { exact: true }).click();
		const cite = page.locator('details', { has: page.locator('.citation') });
		await cite.getByRole('button', { name: content.chartUi.copy }).click();
		await expect(cite.getByRole('status')).toHaveText(content.chartUi.copied);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await page.locator('.citation').textContent());
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('offers no copy button that could not work', async ({ page }) => {
		await page.goto('/charts/timeline');
		await page.getByText(content.chartUi.cite, { exact: true }).click();
		await expect(page.getByRole('button', { name: content.chartUi.copy })).toHaveCount(0);
		await expect(page.locator('.citation')).toContainText('/charts/timeline');
	});
});
