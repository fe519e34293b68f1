import { describe, expect, it } from 'vitest';
import { balancedCounts, columnHeight, intoColumns } from '$lib/poster/incident-columns';

describe('intoColumns', () => {
	it('sets the items in order, so many to a column', () => {
		expect(intoColumns(['a', 'b', 'c', 'd', 'e'], [2, 1, 2])).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
	});
	it('names the file to change when the counts do not add up to the items', () => {
		expect(() => intoColumns(['a', 'b', 'c'], [2, 2])).toThrow(
			/hold 4 cards, but there are 3 incidents: change INCIDENT_COLUMNS in src\/lib\/poster\/incident-columns\.ts to add up to 3\./
		);
	});
});

describe('balancedCounts', () => {
	it('keeps the tallest column as short as it can be', () => {
		// One tall card alone; the short ones share.
		expect(balancedCounts([100, 10, 10, 10, 10], 2, 0)).toEqual([1, 4]);
		expect(balancedCounts([10, 10, 10, 10, 100], 2, 0)).toEqual([4, 1]);
		expect(balancedCounts([30, 30, 30, 30], 2, 0)).toEqual([2, 2]);
	});
	it('counts the gaps between cards', () => {
		expect(columnHeight([10, 10, 25], 20)).toBe(85);
		// Alone, the tall card makes the shortest tallest column; with 20 between cards, the four
		// short ones in a column are taller than the tall card and one of them beside it.
		expect(balancedCounts([50, 10, 10, 10, 10], 2, 0)).toEqual([1, 4]);
		expect(balancedCounts([50, 10, 10, 10, 10], 2, 20)).toEqual([2, 3]);
	});
	it('gives every column at least one card', () => {
		expect(balancedCounts([5, 5, 5], 3, 0)).toEqual([1, 1, 1]);
	});
});
