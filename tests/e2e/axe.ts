/**
 * axe-core run in the page as it stands. axe is put into each document once and run there: the
 * Playwright wrapper injects it afresh and finishes every run in a new blank page, about 1.1 s a
 * step against 0.2 s this way (the pages tested here have no frames for it to reach into).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules of WCAG 2.1 levels A and AA. */
export const WCAG_21_AA: RunOptions = {
	runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
};

/** axe's findings on the page, or on the parts the selectors name. */
export async function runAxe(page: Page, options: RunOptions, selectors?: string[]): Promise<AxeResults> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
	return page.evaluate(
		([options, selectors]) => {
			const { axe } = window as unknown as { axe: typeof import('axe-core') };
			return axe.run(selectors ? { include: selectors.map((s) => [s]) } : document, options);
		},
		[options, selectors] as const
	);
}
