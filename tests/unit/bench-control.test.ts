import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startControlServer } from '../../scripts/lib/bench-control';

describe('the benchmark control page', () => {
	it('is served as a page with nothing to load, and its folder goes when the server closes', async () => {
		const control = await startControlServer();
		let html: string;
		try {
			const response = await fetch(`${control.url}/`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toMatch(/^text\/html/);
			html = await response.text();
			expect(existsSync(control.root)).toBe(true);
		} finally {
			await control.close();
		}
		expect(html).toContain('<h1>Control page</h1>');
		// Anything it loaded or ran would be page work in a figure meant to hold none.
		expect(html).not.toMatch(/<(script|link|style|img|svg|iframe)\b|\bsrc=|\bstyle=/i);
		expect(existsSync(control.root)).toBe(false);
	});
});
