import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textWidth, UNKNOWN_WIDTH } from '$lib/charts/frame';
import { ADVANCE_WIDTHS_FILE, measureAdvanceWidths } from '../../scripts/lib/advance-widths';
import { siteCharacters } from '../../scripts/lib/font-subset';

const kept = JSON.parse(readFileSync(ADVANCE_WIDTHS_FILE, 'utf8')) as Record<string, [number, number]>;

describe('the charts’ character widths', () => {
	it('are what the fonts say now (after new words, `npm run widths` measures again)', async () => {
		expect(await measureAdvanceWidths()).toEqual({ table: kept, unmeasured: [] });
	});

	it('know every character the site’s words hold', () => {
		expect([...siteCharacters()].filter((c) => !(c in kept))).toEqual([]);
	});

	it('add up per character, in the weight asked for, an unknown one as an em', () => {
		expect(textWidth('Iw', 10)).toBeCloseTo((kept.I[0] + kept.w[0]) / 100);
		expect(textWidth('Iw', 10, true)).toBeCloseTo((kept.I[1] + kept.w[1]) / 100);
		// A character beyond the Basic Multilingual Plane is one character, not two halves.
		expect(textWidth('I😀', 10)).toBeCloseTo((kept.I[0] + UNKNOWN_WIDTH) / 100);
	});
});
