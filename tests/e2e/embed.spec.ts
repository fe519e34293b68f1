/**
 * A chart embedded on another site with the embed code its page gives: the
 * frame takes the height of its content at a phone's width and a desktop's,
 * and the chart page in it is compact (no reuse tools, no language switcher).
 * The host page is on another origin, a server of its own.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { content } from './fixtures';

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
