import { describe, expect, it } from 'vitest';
import { withoutHydrationMarkers } from '$lib/server/hydration-markers';

describe('withoutHydrationMarkers', () => {
	it("takes out Svelte's block and head markers", () => {
		const page =
			'<head><!--12qhfyh--><!----><title>T</title></head><ul><!--[--><li>a<!----></li><!--]--></ul>' +
			'<!--[0--><p>x</p><!--]--><!--[-1--><!--]-->';
		expect(withoutHydrationMarkers(page)).toBe('<head><title>T</title></head><ul><li>a</li></ul><p>x</p>');
	});
	it('leaves other comments and text that only looks like a marker', () => {
		const page =
			'<!-- a note --><!--[if IE]><p>&lt;!--[--&gt;</p><script type="application/json">"\\u003c!--[--\\u003e"</script>';
		expect(withoutHydrationMarkers(page)).toBe(page);
	});
});
