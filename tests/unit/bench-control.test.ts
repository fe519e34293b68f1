import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainPage, startControlServer } from '../../scripts/lib/bench-control';

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

describe("the scroll's plain page", () => {
	const html = plainPage({ restAt: [0, 900], height: 51_346.5, texts: ['Cyber attacks', 'A < B & C'] });

	it('holds the story’s text as paragraphs, and is as long as the story', () => {
		expect(html).toContain('<p>Cyber attacks</p>\n<p>A &lt; B &amp; C</p>');
		expect(html).toContain('<body style="min-height: 51347px">');
	});

	it('loads and runs nothing', () =>
		expect(html).not.toMatch(/<(script|link|style|img|svg|iframe)\b|\bsrc=/i));
});
