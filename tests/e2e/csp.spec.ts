/**
 * The Content-Security-Policy every prerendered page carries in a <meta>: strict
 * for scripts (the site's own files only, no inline script), and the story works under it without a single violation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as plain } from '@playwright/test';
import { content, expect, test } from './fixtures';

/** The policy of a page, from its <meta http-equiv="content-security-policy">, by directive. */
function policyOf(html: string): Map<string, string[]> {
	const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
	expect(meta, 'a <meta http-equiv="content-security-policy">').not.toBeNull();
	return new Map(
		meta![1]
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...values]) => [name.toLowerCase(), values])
	);
}

/** Records every CSP violation the page reports, from before its first script runs. */
const RECORD_VIOLATIONS = () => {
	const violations: string[] = [];
	(window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
	document.addEventListener('securitypolicyviolation', (event) =>
		violations.push(
			`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile})`
		)
	);
};

const violations = (page: import('@playwright/test').Page) =>
	page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

function builtPages(dir = 'build'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return builtPages(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

test('the story works under the policy: steps activate, the explorer filters, nothing is blocked', async ({
	page
}) => {
	await page.addInitScript(RECORD_VIOLATIONS);
	await page.goto('/');
	// The page's script runs under the policy, or the steps would never become active.
	const step = page.locator('#chart-timeline .step[data-step="1"]');
	await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(step).toHaveClass(/active/);

	await page.locator('#incidents').scrollIntoViewIfNeeded();
	const list = page.locator('#incident-list article:visible');
	await expect(list).toHaveCount(content.incidents.length);
	const breaches = content.incidents.filter((i) => i.category === 'breach').length;
	await page
		.getByRole('combobox', { name: content.story.explore.filterThreat, exact: true })
		.selectOption('breach');
	await expect(list).toHaveCount(breaches);

	expect(await violations(page)).toEqual([]);
});

// Without the console check of the fixtures: the browser reports the blocked script there, as it should.
plain('the policy is enforced: an inline script added to the page does not run', async ({ page }) => {
	await page.addInitScript(RECORD_VIOLATIONS);
	await page.goto('/');
	const ran = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__inlineRan = true;';
		document.body.append(script);
		await new Promise((done) => setTimeout(done, 100));
		return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
	});
	expect(ran).toBe(false);
	expect((await violations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
});

test('no built page has an inline script, and scripts come only from the site', () => {
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(3);
	for (const file of pages) {
		const html = readFileSync(file, 'utf8');
		const policy = policyOf(html);
		expect(policy.get('default-src'), file).toEqual(["'self'"]);
		expect(policy.get('script-src'), file).toEqual(["'self'"]);
		// Data blocks (JSON-LD, the incident data) are not run, so the policy does not apply to them.
		const inline = html.match(
			/<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/(?:ld\+)?json")[^>]*>[^]*?<\/script>/g
		);
		expect(inline, `${file}: inline scripts`).toBeNull();
	}
});

test('no built page has an inline event handler', () => {
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(3);
	const found = pages.flatMap((file) =>
		(readFileSync(file, 'utf8').match(/<[a-z][^>]*>/gi) ?? [])
			.filter((tag) => /\son[a-z]+\s*=/i.test(tag))
			.map((tag) => `${file}: ${tag.slice(0, 120)}`)
	);
	expect(found).toEqual([]);
});
