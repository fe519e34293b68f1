import { describe, expect, it } from 'vitest';
import { compactNumberFormat, fullNumberFormat } from '../../scripts/lib/deck/number-formats';

const NNBSP = '\u202f';
const BREACHES = [3_000_000_000, 383_000_000, 143_000_000, 1_500_000];

describe('the deck’s number formats, with the edition’s separators as literals', () => {
	it.each([
		['en', BREACHES, '[>=1000000000]#","###","###","##0;#","###","##0'],
		['fr', BREACHES, `[>=1000000000]#"${NNBSP}"###"${NNBSP}"###"${NNBSP}"##0;#"${NNBSP}"###"${NNBSP}"##0`],
		['de', BREACHES, '[>=1000000000]#"."###"."###"."##0;#"."###"."##0'],
		['de', [4, 6, 5, 3], '0'],
		['de', [141, 20, 1000], '[>=1000]#"."##0;0'],
		['fr', [0, 999], '0']
	])('%s %j → %s', (lang, values, format) => expect(fullNumberFormat(values, lang)).toBe(format));

	it('gives no section a literal left of its largest digit, so no number starts with a separator', () => {
		const format = fullNumberFormat([7, 7_000, 7_000_000], 'de');
		expect(format).toBe('[>=1000000]#"."###"."##0;[>=1000]#"."##0;0');
	});

	it('stops at more sizes of number than one format can hold', () => {
		expect(() => fullNumberFormat([1, 1e3, 1e6, 1e9], 'en')).toThrow(/more than one number format/);
	});

	it.each([
		['en', '[>=1000000000]0,,," bn";0,," m"'],
		['fr', '[>=1000000000]0,,," Md";0,," M"'],
		['de', '[>=1000000000]0,,," Mrd.";0,," Mio."']
	])('writes the %s logarithmic axis’s decades short: %s', (lang, format) =>
		// Intl's compact units, with its no-break space.
		expect(compactNumberFormat([1e6, 1e7, 1e8, 1e9, 1e10], lang).replace(/\u00a0/g, ' ')).toBe(format)
	);
});
