/** Shared checks for chart layouts: what a reader would see, as boxes. */
import { expect } from 'vitest';
import { FRAMES, type Layout } from '$lib/charts/frame';
import { blockBox, inside, overlaps, type Box, type Rect, type TextBlock } from '$lib/charts/text';

export const frameBox = (layout: Layout): Box => ({
	left: 0,
	top: 0,
	right: FRAMES[layout].width,
	bottom: FRAMES[layout].height
});

export const rectBox = (r: Rect): Box => ({
	left: r.x,
	right: r.x + r.width,
	top: r.y,
	bottom: r.y + r.height
});

export const pointBox = (x: number, y: number, r: number): Box => ({
	left: x - r,
	right: x + r,
	top: y - r,
	bottom: y + r
});

/** Every named box inside the frame, and no two of them overlapping. */
export function expectClear(layout: Layout, items: [string, Box][], allowed: [string, string][] = []) {
	const bounds = frameBox(layout);
	for (const [name, box] of items)
		expect(inside(box, bounds), `${name} is inside the ${layout} frame`).toBe(true);
	for (let i = 0; i < items.length; i++)
		for (let j = i + 1; j < items.length; j++) {
			const [a, boxA] = items[i];
			const [b, boxB] = items[j];
			if (allowed.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) continue;
			expect(overlaps(boxA, boxB), `${a} overlaps ${b}`).toBe(false);
		}
}

export const textOf = (block: TextBlock) =>
	block.lines.map((l) => l.spans.map((s) => s.text).join('')).join('\n');
export const boxOf = blockBox;
