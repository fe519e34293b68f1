/**
 * Compact SVG outlines for projected shapes. A world map at 1:110m has far
 * more points than a chart a few hundred pixels wide can show, and they are
 * most of the page's weight: here each ring loses the points that move its
 * outline by less than a tolerance (Ramer–Douglas–Peucker), islands smaller
 * than a few square units go, and the rest is written with relative moves,
 * rounded from absolute positions so that rounding errors do not add up.
 */

export type Point = [number, number];
export type Ring = Point[];

export interface OutlineOptions {
	/** Largest distance, in viewBox units, that a dropped point may lie from the outline. */
	tolerance: number;
	/** Rings with a smaller area, in square units, are dropped. */
	minArea: number;
	/** Decimal places kept. */
	digits: number;
}

/** Collects the rings d3-geo's geoPath draws into it (a CanvasRenderingContext2D-like context). */
export class RingCollector {
	rings: Ring[] = [];
	private current: Ring | undefined;

	moveTo(x: number, y: number) {
		this.current = [[x, y]];
		this.rings.push(this.current);
	}
	lineTo(x: number, y: number) {
		this.current?.push([x, y]);
	}
	closePath() {
		this.current = undefined;
	}
	beginPath() {}
	arc() {
		throw new Error('RingCollector draws shapes, not points: give geoPath polygons only');
	}
}

/** Twice the signed area of a ring (shoelace formula). */
function doubleArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0; i < ring.length; i++) {
		const [x1, y1] = ring[i];
		const [x2, y2] = ring[(i + 1) % ring.length];
		sum += x1 * y2 - x2 * y1;
	}
	return sum;
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
	const dx = bx - ax;
	const dy = by - ay;
	const lengthSquared = dx * dx + dy * dy;
	const t = lengthSquared ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared)) : 0;
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Ramer–Douglas–Peucker on an open polyline: the first and last points always stay. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
	if (points.length < 3) return points;
	const keep = new Array<boolean>(points.length).fill(false);
	keep[0] = keep[points.length - 1] = true;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [first, last] = stack.pop()!;
		let farthest = -1;
		let distance = tolerance;
		for (let i = first + 1; i < last; i++) {
			const d = distanceToSegment(points[i], points[first], points[last]);
			if (d > distance) [farthest, distance] = [i, d];
		}
		if (farthest < 0) continue;
		keep[farthest] = true;
		stack.push([first, farthest], [farthest, last]);
	}
	return points.filter((_, i) => keep[i]);
}

/** A closed ring, simplified: split at its point farthest from the start so both halves keep their shape. */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
	const open = ring.length > 1 && ring[0].join() === ring.at(-1)!.join() ? ring.slice(0, -1) : ring;
	if (open.length < 4) return open;
	const fromStart = (p: Point) => Math.hypot(p[0] - open[0][0], p[1] - open[0][1]);
	let split = 1;
	for (let i = 2; i < open.length; i++) if (fromStart(open[i]) > fromStart(open[split])) split = i;
	const there = simplifyLine(open.slice(0, split + 1), tolerance);
	const back = simplifyLine([...open.slice(split), open[0]], tolerance);
	return [...there, ...back.slice(1, -1)];
}

const round = (value: number, digits: number) => {
	const rounded = Number(value.toFixed(digits));
	return rounded === 0 ? 0 : rounded; // no "-0"
};

/** A number pair for a path: joined by a space, or by the second number's own minus sign. */
const pair = ([x, y]: Point) => `${x}${y < 0 ? '' : ' '}${y}`;

/** "M x y" then relative lines, each move rounded from absolute positions. */
function ringPath(ring: Ring, digits: number): string {
	const rounded = ring.map(([x, y]): Point => [round(x, digits), round(y, digits)]);
	const moves = rounded
		.slice(1)
		.map(([x, y], i): Point => [round(x - rounded[i][0], digits), round(y - rounded[i][1], digits)])
		.filter(([dx, dy]) => dx !== 0 || dy !== 0);
	const lines = moves.map((move, i) => (i > 0 && move[0] >= 0 ? ' ' : '') + pair(move)).join('');
	return `M${pair(rounded[0])}${lines ? `l${lines}` : ''}z`;
}

/** The rings as one compact SVG path: simplified, small islands dropped, relative moves. */
export function outlinePath(rings: Ring[], { tolerance, minArea, digits }: OutlineOptions): string {
	return rings
		.map((ring) => simplifyRing(ring, tolerance))
		.filter((ring) => ring.length >= 3 && Math.abs(doubleArea(ring)) / 2 >= minArea)
		.map((ring) => ringPath(ring, digits))
		.join('');
}
