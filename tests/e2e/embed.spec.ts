/**
 * A chart embedded on another site with the embed code its page gives: the
 * frame takes the height of its content at a phone's width and a desktop's,
 * and the chart page in it is compact (no reuse tools, no language switcher).
 * Where the other site runs no script, the frame is as tall as its chart's
 * page at a desktop's width. The host page is on another origin, a server of
 * its own.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { EMBED_HEIGHTS } from '../../src/lib/charts/embed-heights';
import { inEdition } from '../../src/lib/content/editions';
import { content, editions } from './fixtures';

/**
 * Another site: a server of its own on another port, whose one page is an article with the embed
 * code in it (a real server, so the browser treats both sites alike as local addresses).
 */
let article = '';
let host = '';
const server = createServer((_request, response) => {
	response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	response.end(article);
});
test.beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

for (const chart of content.charts)
	for (const width of [375, 1280])
		test(`/charts/${chart.id} embedded on another site takes its content's height (${width} px)`, async ({
			page,
			baseURL
		}) => {
			const problems: string[] = [];
			page.on('pageerror', (error) => problems.push(error.message));
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(message.text());
			});
			await page.goto(`/charts/${chart.id}`);
			// The code a reader copies, pointed at the site as served here (it names the address built for).
			const copied = await page.locator('details textarea').inputValue();
			const builtFor = copied.match(/src="(https?:\/\/[^/"]+)/)![1];
			const code = copied.replaceAll(builtFor, new URL(baseURL!).origin);
			expect(code).toContain('/embed.js');
			article = `<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body style="margin:0;padding:8px"><p>An article.</p>${code}<p>More of the article.</p></body></html>`;
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`${host}/article`);
			const frame = page.locator('iframe');
			await frame.scrollIntoViewIfNeeded();
			const inside = page.frameLocator('iframe');
			await expect(inside.getByRole('heading', { level: 1 })).toHaveText(chart.title);
			await expect(inside.locator('figure figcaption')).toContainText(chart.source);
			// The reuse tools and the language switcher are in the page, and hidden in the frame.
			for (const hidden of [inside.locator('.tools'), inside.locator('nav.editions')]) {
				await expect(hidden).toHaveCount(1);
				await expect(hidden).toBeHidden();
			}
			const contentHeight = () =>
				page
					.frame({ url: /\/charts\// })!
					.evaluate(() => document.documentElement.getBoundingClientRect().height);
			await expect
				.poll(async () =>
					Math.abs((await frame.evaluate((f) => f.getBoundingClientRect().height)) - (await contentHeight()))
				)
				.toBeLessThanOrEqual(4);
			const scrolls = await page
				.frame({ url: /\/charts\// })!
				.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
			expect(scrolls, 'the frame does not scroll').toBeLessThanOrEqual(4);
			expect(problems).toEqual([]);
		});

/** The embed code an edition's chart page gives, pointed at the site as served here (it names the address built for). */
async function embedCode(page: Page, path: string, served: string): Promise<string> {
	await page.goto(path);
	const copied = await page.locator('details textarea').inputValue();
	return copied.replaceAll(copied.match(/src="(https?:\/\/[^/"]+)/)![1], new URL(served).origin);
}

for (const chart of content.charts)
	test(`/charts/${chart.id} embedded without the site's script is its page's height at a desktop's width, in every edition`, async ({
		page,
		baseURL
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		const heights: Record<string, number> = {};
		for (const lang of Object.keys(editions)) {
			// The iframe alone, as a site that allows frames but strips scripts keeps it.
			const code = (await embedCode(page, inEdition(lang, `/charts/${chart.id}`), baseURL!)).replace(
				/<script[^>]*><\/script>/,
				''
			);
			expect(code).not.toContain('<script');
			article = `<!doctype html><html><body style="margin:0;padding:8px">${code}</body></html>`;
			await page.goto(`${host}/article`);
			const frame = page.locator('iframe');
			await expect(frame).toHaveAttribute('height', String(EMBED_HEIGHTS[chart.id]));
			// The frame exists before its page has started to load: wait for its address, then its load.
			const inside = (await (await frame.elementHandle())!.contentFrame())!;
			await inside.waitForURL(/\/charts\//);
			await inside.waitForLoadState('load');
			await inside.evaluate(() => document.fonts.ready);
			await expect(page.frameLocator('iframe').locator('.tools')).toBeHidden();
			heights[lang] = await inside.evaluate(() =>
				Math.ceil(document.documentElement.getBoundingClientRect().height)
			);
		}
		const tallest = Math.max(...Object.values(heights));
		const advice = `${chart.id}'s compact page is ${JSON.stringify(heights)} px tall: set EMBED_HEIGHTS.${chart.id} to ${tallest} in src/lib/charts/embed-heights.ts`;
		// No edition's frame scrolls, and the tallest leaves no band of blank below it.
		expect(tallest, advice).toBeLessThanOrEqual(EMBED_HEIGHTS[chart.id]);
		expect(tallest, advice).toBeGreaterThanOrEqual(EMBED_HEIGHTS[chart.id] - 12);
	});
