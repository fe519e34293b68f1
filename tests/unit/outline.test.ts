import { describe, expect, it } from 'vitest';
import { geoIdentity, geoPath } from 'd3-geo';
import { outlinePath, RingCollector, simplifyLine, simplifyRing, type Ring } from '$lib/charts/outline';

/** The absolute points an outline path visits, read back from its relative moves. */
function visited(path: string): Ring[] {
	return path
		.split('z')
		.filter(Boolean)
		.map((ring) => {
			const [start, moves = ''] = ring.slice(1).split('l');
			const numbers = (text: string) => (text.match(/-?[\d.]+/g) ?? []).map(Number);
			const [x, y] = numbers(start);
			const points: Ring = [[x, y]];
			const deltas = numbers(moves);
			for (let i = 0; i < deltas.length; i += 2) {
				const [px, py] = points.at(-1)!;
				points.push([px + deltas[i], py + deltas[i + 1]]);
			}
			return points;
		});
}

describe('simplifyLine', () => {
	it('drops points that lie within the tolerance of the line and keeps the corners', () => {
		const line: Ring = [
			[0, 0],
			[5, 0.2],
			[10, 0],
			[10, 10]
		];
		expect(simplifyLine(line, 0.5)).toEqual([
			[0, 0],
			[10, 0],
			[10, 10]
		]);
		expect(simplifyLine(line, 0.1)).toEqual(line);
	});
});

describe('simplifyRing', () => {
	it('reduces a square drawn with many points to its four corners', () => {
		const edge = (from: [number, number], to: [number, number]) =>
			Array.from({ length: 10 }, (_, i): [number, number] => [
				from[0] + ((to[0] - from[0]) * i) / 10,
				from[1] + ((to[1] - from[1]) * i) / 10
			]);
		const square: Ring = [
			...edge([0, 0], [20, 0]),
			...edge([20, 0], [20, 20]),
			...edge([20, 20], [0, 20]),
			...edge([0, 20], [0, 0]),
			[0, 0]
		];
		expect(simplifyRing(square, 0.5).map((p) => p.join())).toEqual(['0,0', '20,0', '20,20', '0,20']);
	});
});

describe('outlinePath', () => {
	const options = { tolerance: 0.5, minArea: 2, digits: 0 };

	it('writes relative moves that land on the rounded absolute points, with no drift', () => {
		const ring: Ring = [
			[0.4, 0.4],
			[10.4, 0.4],
			[10.4, 10.4],
			[20.4, 10.4],
			[20.4, 30.4],
			[0.4, 30.4]
		];
		const path = outlinePath([ring], options);
		expect(path).toBe('M0 0l10 0 0 10 10 0 0 20-20 0z');
		expect(visited(path)[0]).toEqual(ring.map(([x, y]) => [Math.round(x), Math.round(y)]));
	});

	it('drops islands smaller than the minimum area', () => {
		const island: Ring = [
			[50, 50],
			[51, 50],
			[51, 51]
		];
		const land: Ring = [
			[0, 0],
			[10, 0],
			[10, 10]
		];
		expect(visited(outlinePath([island, land], options))).toEqual([land]);
	});

	it('keeps tenths where asked', () => {
		const ring: Ring = [
			[0.04, 0],
			[3.26, 0],
			[3.26, 2.51]
		];
		expect(outlinePath([ring], { ...options, digits: 1 })).toBe('M0 0l3.3 0 0 2.5z');
	});

	it('collects the rings geoPath draws', () => {
		const rings = new RingCollector();
		geoPath(
			geoIdentity(),
			rings
		)({
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[0, 8],
					[8, 8],
					[8, 0],
					[0, 0]
				]
			]
		});
		expect(rings.rings).toHaveLength(1);
		expect(outlinePath(rings.rings, options)).toBe('M0 0l0 8 8 0 0-8z');
	});
});
