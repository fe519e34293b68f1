import { describe, expect, it } from 'vitest';
import { islandJson, islandMarkup } from '$lib/client/island';

describe('data blocks for the page script', () => {
	it('cannot close their script element early, and read back as the same value', () => {
		const value = { text: '</script><script>alert(1)</script>', note: '<!-- x -->' };
		const json = islandJson(value);
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual(value);
	});

	it('are JSON script elements, which browsers never run', () => {
		expect(islandMarkup('steps', [1])).toBe('<script type="application/json" id="steps">[1]</script>');
	});
});
