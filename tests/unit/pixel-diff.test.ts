import { describe, expect, it } from 'vitest';
import { meanChannelDifference, type Pixels } from '../pdf/pixel-diff';

/** A width×height image of one RGB colour. */
function plain(width: number, height: number, [r, g, b]: [number, number, number]): Pixels {
	const data = new Uint8Array(width * height * 4);
	for (let i = 0; i < data.length; i += 4) data.set([r, g, b, 255], i);
	return { width, height, data };
}

describe('meanChannelDifference', () => {
	it('is 0 for the same image', () => {
		expect(meanChannelDifference(plain(3, 2, [10, 200, 30]), plain(3, 2, [10, 200, 30]))).toBe(0);
	});

	it('is 1 for black against white', () => {
		expect(meanChannelDifference(plain(2, 2, [0, 0, 0]), plain(2, 2, [255, 255, 255]))).toBe(1);
	});

	it('averages over pixels and channels, ignoring alpha', () => {
		const a = plain(2, 1, [0, 0, 0]);
		const b = plain(2, 1, [0, 0, 0]);
		b.data.set([255, 0, 0, 0], 0); // one pixel: red full, alpha changed
		expect(meanChannelDifference(a, b)).toBeCloseTo(1 / 6);
	});

	it('refuses images of different sizes, saying so', () => {
		expect(() => meanChannelDifference(plain(2, 2, [0, 0, 0]), plain(2, 3, [0, 0, 0]))).toThrow(
			/differ in size: 2×2 against 2×3/
		);
	});
});
