import { describe, expect, it } from 'vitest';
import { assignRows, dodge, timelineLayout, timeOf } from '$lib/charts/timeline';
import { FRAMES, textWidth } from '$lib/charts/frame';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';

const content = parseContent(readContentFiles());
const groups = content.threats.map((t) => t.id);

describe('timeline helpers', () => {
	it.each([
		[2012, 6, '2012-06-15'],
		[2013, null, '2013-07-01'],
		[2018, 11, '2018-11-15']
	])('timeOf(%d, %s) is %s', (year, month, iso) =>
		expect(timeOf(year, month).toISOString().slice(0, 10)).toBe(iso)
	);

	it.each([
		[
			'apart',
			[
				{ start: 0, end: 10 },
				{ start: 30, end: 40 }
			],
			[0, 0]
		],
		[
			'overlapping',
			[
				{ start: 0, end: 50 },
				{ start: 30, end: 60 }
			],
			[0, 1]
		],
		[
			'three overlapping in two rows',
			[
				{ start: 0, end: 50 },
				{ start: 30, end: 60 },
				{ start: 55, end: 80 }
			],
			[0, 1, 0]
		]
	])('assignRows: %s', (_name, spans, rows) => expect(assignRows(spans, 2)).toEqual(rows));

	it.each([
		['already apart', [0, 20, 40], [0, 20, 40]],
		['too close', [10, 12, 14], [10, 25, 40]],
		['past the end', [90, 95, 100], [70, 85, 100]],
		['unsorted input keeps its order', [40, 0, 20], [40, 0, 20]]
	])('dodge: %s', (_name, input, expected) => expect(dodge(input, 15, 0, 100)).toEqual(expected));
});

describe.each(['wide', 'narrow'] as const)('the %s timeline', (layout) => {
	const { points } = timelineLayout(content.incidents, groups, layout);
	const frame = FRAMES[layout];

	it('places all 18 incidents', () => expect(points).toHaveLength(18));

	it('keeps every label inside the frame', () => {
		for (const p of points) {
			const w = textWidth(p.label, frame.fontSize);
			const left = p.labelAt.anchor === 'start' ? p.labelAt.x : p.labelAt.x - w;
			expect(left, p.id).toBeGreaterThanOrEqual(0);
			expect(left + w, p.id).toBeLessThanOrEqual(frame.width);
			expect(p.labelAt.y, p.id).toBeGreaterThan(0);
			expect(p.labelAt.y, p.id).toBeLessThanOrEqual(frame.height);
		}
	});

	it('keeps labels from overlapping one another', () => {
		const boxes = points.map((p) => {
			const w = textWidth(p.label, frame.fontSize);
			const left = p.labelAt.anchor === 'start' ? p.labelAt.x : p.labelAt.x - w;
			return { id: p.id, left, right: left + w, top: p.labelAt.y - frame.fontSize, bottom: p.labelAt.y };
		});
		for (const a of boxes)
			for (const b of boxes) {
				if (a.id >= b.id) continue;
				const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom - 1 && b.top < a.bottom - 1;
				expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
			}
	});
});
