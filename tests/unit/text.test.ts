import { describe, expect, it } from 'vitest';
import { blockBox, line, overlaps, placeBlocks, wrapText, spanWidth, type TextBlock } from '$lib/charts/text';

const block = (x: number, y: number, text: string, anchor: TextBlock['anchor'] = 'start'): TextBlock => ({
	x,
	y,
	anchor,
	lines: [line(text)],
	fontSize: 10,
	lineHeight: 12
});

describe('wrapText', () => {
	it.each([
		['fits on one line', 'Restrictive measures', 200, ['Restrictive measures']],
		[
			'breaks between words',
			'Diplomatic démarches by EU delegations',
			110,
			['Diplomatic démarches', 'by EU delegations']
		],
		[
			'a long word keeps its own line',
			'Confidence-building-measures here',
			40,
			['Confidence-building-measures', 'here']
		],
		['extra spaces are dropped', '  two   words ', 200, ['two words']],
		['nothing gives no lines', '   ', 200, []],
		[
			'a no-break space holds (French numbers and colons)',
			'Échelle logarithmique\u202f: 3\u202f000\u202f000',
			90,
			['Échelle', 'logarithmique\u202f:', '3\u202f000\u202f000']
		]
	])('%s', (_name, text, width, expected) => expect(wrapText(text, width, 10)).toEqual(expected));

	it('never loses a word and keeps lines within the width', () => {
		const text = 'General or specific conclusions by the Council of the European Union';
		for (const width of [60, 100, 150, 250, 400]) {
			const lines = wrapText(text, width, 14);
			expect(lines.join(' ')).toBe(text);
			for (const l of lines)
				if (l.includes(' ')) expect(spanWidth({ text: l }, 14)).toBeLessThanOrEqual(width);
		}
	});
});

describe('blockBox', () => {
	const w = spanWidth({ text: 'abcd' }, 10);
	it.each([
		['start', 100, 100 + w],
		['end', 100 - w, 100],
		['middle', 100 - w / 2, 100 + w / 2]
	] as const)('anchor %s', (anchor, left, right) => {
		const box = blockBox(block(100, 50, 'abcd', anchor));
		expect(box.left).toBeCloseTo(left);
		expect(box.right).toBeCloseTo(right);
		expect(box.top).toBeLessThan(50);
		expect(box.bottom).toBeGreaterThan(50);
	});
});

describe('placeBlocks', () => {
	const bounds = { left: 0, right: 200, top: 0, bottom: 100 };
	it('takes the first option that fits, and skips what collides', () => {
		const placed = placeBlocks(
			[
				[block(10, 20, 'first')],
				[block(12, 22, 'second'), block(10, 60, 'second')],
				[block(190, 20, 'outside the bounds')]
			],
			[],
			bounds
		);
		expect(placed[0]?.y).toBe(20);
		expect(placed[1]?.y).toBe(60);
		expect(placed[2]).toBeUndefined();
		expect(overlaps(blockBox(placed[0]!), blockBox(placed[1]!))).toBe(false);
	});

	it('keeps clear of obstacles', () => {
		const [only] = placeBlocks(
			[[block(10, 20, 'label'), block(100, 20, 'label')]],
			[blockBox(block(10, 20, 'mark'))],
			bounds
		);
		expect(only?.x).toBe(100);
	});
});
