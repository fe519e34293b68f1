/**
 * Every browser test gets these checks for free: no console error or warning,
 * no uncaught exception, and no request to anywhere but the site itself.
 */
import { test as base, expect } from '@playwright/test';
import { parseContent, parseEditions } from '../../src/lib/content/parse';
import { readContentFiles } from '../../src/lib/server/content';

export const content = parseContent(readContentFiles());
/** Every edition's content, by language. */
export const editions = parseEditions(readContentFiles());

export const test = base.extend<{ pageChecks: void }>({
	pageChecks: [
		async ({ page, baseURL }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL!).origin;
			page.on('console', (message) => {
				if (message.type() === 'error' || message.type() === 'warning')
					problems.push(`console ${message.type()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
					problems.push(`request off the site: ${url}`);
			});
			await use();
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
