import { describe, expect, it } from 'vitest';
import { svgDocument } from '$lib/server/svg-document';

describe('svgDocument', () => {
	it("takes out Svelte's block markers and keeps everything else", () => {
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg"><!--[--><g data-id="a"><text>&lt;!--[--&gt; &amp; 3 000</text><!----></g><!--]--></svg>';
		expect(svgDocument(svg)).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg"><g data-id="a"><text>&lt;!--[--&gt; &amp; 3 000</text></g></svg>'
		);
	});
	it('stops on markup that is not XML, saying so', () => {
		expect(() => svgDocument('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toThrow(
			/not well-formed SVG/
		);
	});
});
