import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textWidth } from '$lib/charts/frame';
import { ADVANCE_WIDTHS_FILE, measureAdvanceWidths } from '../../scripts/lib/advance-widths';
import { siteCharacters } from '../../scripts/lib/font-subset';

const kept = JSON.parse(readFileSync(ADVANCE_WIDTHS_FILE, 'utf8')) as Record<string, [number, number]>;

describe('the charts’ character widths', () => {
	it('are what the fonts say now (after new words, `npm run widths` measures again)', async () => {
		expect(kept).toEqual(await measureAdvanceWidths());
	});

	it('know every character the site’s words hold', () => {
		expect([...siteCharacters()].filter((c) => !(c in kept))).toEqual([]);
	});

	it('add up per character, in the weight asked for', () => {
		expect(textWidth('Iw', 10)).toBeCloseTo((kept.I[0] + kept.w[0]) / 100);
		expect(textWidth('Iw', 10, true)).toBeCloseTo((kept.I[1] + kept.w[1]) / 100);
	});
});
