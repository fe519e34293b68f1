/**
 * Every chart embedded in one article on another site with the embed code its
 * page gives: each frame takes the height of its content at a phone's width and a desktop's,
 * and the chart page in it is compact (no reuse tools, no language switcher).
 * Where the other site runs no script, each frame is as tall as its chart's
 * page at a desktop's width. The host page is on another origin, a server of
 * its own.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
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

/** The embed code an edition's chart page gives, pointed at the site as served here (it names the
 * address built for). It is in the page as served, so the page is read, not shown. */
async function embedCode(page: Page, path: string, served: string): Promise<string> {
	const html = await (await page.request.get(path)).text();
	const copied = await page.evaluate(
		(html) =>
			new DOMParser()
				.parseFromString(html, 'text/html')
				.querySelector<HTMLTextAreaElement>('details textarea')!.value,
		html
	);
	return copied.replaceAll(copied.match(/src="(https?:\/\/[^/"]+)/)![1], new URL(served).origin);
}

/** The chart page inside the nth frame of the article, once it has loaded. */
async function framedPage(page: Page, index: number): Promise<Frame> {
	// The frame exists before its page has started to load: wait for its address, then its load.
	const inside = (await (await page.locator('iframe').nth(index).elementHandle())!.contentFrame())!;
	await inside.waitForURL(/\/charts\//);
	await inside.waitForLoadState('load');
	await inside.evaluate(() => document.fonts.ready);
	return inside;
}

// One article with every chart in it, as a newsroom's piece with several would have: each frame
// takes its own content's height.
for (const width of [375, 1280])
	test(`every chart embedded on another site takes its content's height (${width} px)`, async ({
		page,
		baseURL
	}) => {
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(message.text());
		});
		const codes: string[] = [];
		for (const chart of content.charts) codes.push(await embedCode(page, `/charts/${chart.id}`, baseURL!));
		for (const code of codes) expect(code).toContain('/embed.js');
		article = `<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body style="margin:0;padding:8px"><p>An article.</p>${codes.join('<p>More of the article.</p>')}<p>The end of the article.</p></body></html>`;
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`${host}/article`);
		for (const [index, chart] of content.charts.entries()) {
			const frame = page.locator('iframe').nth(index);
			await frame.scrollIntoViewIfNeeded();
			const inside = page.frameLocator('iframe').nth(index);
			await expect(inside.getByRole('heading', { level: 1 })).toHaveText(chart.title);
			await expect(inside.locator('figure figcaption')).toContainText(chart.source);
			// The reuse tools and the language switcher are in the page, and hidden in the frame.
			for (const hidden of [inside.locator('.tools'), inside.locator('nav.editions')]) {
				await expect(hidden).toHaveCount(1);
				await expect(hidden).toBeHidden();
			}
			const framed = await framedPage(page, index);
			const contentHeight = () =>
				framed.evaluate(() => document.documentElement.getBoundingClientRect().height);
			await expect
				.poll(
					async () =>
						Math.abs(
							(await frame.evaluate((f) => f.getBoundingClientRect().height)) - (await contentHeight())
						),
					chart.id
				)
				.toBeLessThanOrEqual(4);
			const scrolls = await framed.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
			expect(scrolls, `${chart.id}'s frame does not scroll`).toBeLessThanOrEqual(4);
		}
		expect(problems).toEqual([]);
	});

test("every chart embedded without the site's script is its page's height at a desktop's width, in every edition", async ({
	page,
	baseURL
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1280, height: 900 });
	const heights: Record<string, Record<string, number>> = {};
	for (const lang of Object.keys(editions)) {
		// The iframes alone, as a site that allows frames but strips scripts keeps them.
		const codes: string[] = [];
		for (const chart of content.charts)
			codes.push(
				(await embedCode(page, inEdition(lang, `/charts/${chart.id}`), baseURL!)).replace(
					/<script[^>]*><\/script>/,
					''
				)
			);
		for (const code of codes) expect(code).not.toContain('<script');
		article = `<!doctype html><html><body style="margin:0;padding:8px">${codes.join('')}</body></html>`;
		await page.goto(`${host}/article`);
		for (const [index, chart] of content.charts.entries()) {
			const frame = page.locator('iframe').nth(index);
			await expect(frame).toHaveAttribute('height', String(EMBED_HEIGHTS[chart.id]));
			await frame.scrollIntoViewIfNeeded();
			const framed = await framedPage(page, index);
			await expect(page.frameLocator('iframe').nth(index).locator('.tools')).toBeHidden();
			(heights[chart.id] ??= {})[lang] = await framed.evaluate(() =>
				Math.ceil(document.documentElement.getBoundingClientRect().height)
			);
		}
	}
	for (const chart of content.charts) {
		const tallest = Math.max(...Object.values(heights[chart.id]));
		const advice = `${chart.id}'s compact page is ${JSON.stringify(heights[chart.id])} px tall: set EMBED_HEIGHTS.${chart.id} to ${tallest} in src/lib/charts/embed-heights.ts`;
		// No edition's frame scrolls, and the tallest leaves no band of blank below it.
		expect(tallest, advice).toBeLessThanOrEqual(EMBED_HEIGHTS[chart.id]);
		expect(tallest, advice).toBeGreaterThanOrEqual(EMBED_HEIGHTS[chart.id] - 12);
	}
});
