/**
 * The cyber diplomacy toolbox as a ladder: the factsheet's first instrument is
 * the bottom rung (softest), its last the top (hardest). Each rung is numbered
 * and its text wraps beside the ladder; an arrow says which way is harder.
 */
import { FRAMES, roundAll, type Layout } from './frame';
import { blockSetter, line, wrapText, type TextBlock } from './text';

export interface ToolboxItem {
	id: string;
	text: string;
}

export interface Rung extends ToolboxItem {
	/** 1 is the softest. */
	n: number;
	y: number;
	label: TextBlock;
}

export interface ToolboxLayout {
	rungs: Rung[];
	/** The two rails' x, and where they start and end. */
	rails: { left: number; right: number; top: number; bottom: number };
	/** Number discs' radius. */
	r: number;
	arrow: { x: number; from: number; to: number; softer: TextBlock; harder: TextBlock };
}

export function toolboxLayout(
	items: ToolboxItem[],
	words: { softer: string; harder: string },
	layout: Layout
): ToolboxLayout {
	const { width, height, margin, fontSize } = FRAMES[layout];
	const wide = layout === 'wide';
	const fs = wide ? fontSize * 1.2 : fontSize;
	const lh = fs * 1.25;
	const block = blockSetter(fs, lh);

	const arrowX = wide ? 60 : margin.left + 10;
	const rails = wide ? { left: 140, right: 220 } : { left: 40, right: 84 };
	const textX = rails.right + (wide ? 28 : 14);
	const maxWidth = width - margin.right - textX;
	// The words sit above and below the ladder on a phone, beside the arrow's ends on a wide frame.
	const top = margin.top + (wide ? 12 : fs * 1.5);
	const bottom = height - margin.bottom - (wide ? 0 : fs * 1.5);
	const step = (bottom - top) / items.length;
	const rungs = items.map((item, i): Rung => {
		const y = bottom - step * (i + 0.5);
		const lines = wrapText(item.text, maxWidth, fs);
		return {
			...item,
			n: i + 1,
			y,
			label: block(
				textX,
				y + fs * 0.35 - ((lines.length - 1) * lh) / 2,
				'start',
				lines.map((t) => line(t))
			)
		};
	});
	const ends = { from: bottom - step * 0.5, to: top + step * 0.5 };
	const arrow = wide
		? {
				x: arrowX,
				from: ends.from - fs * 1.2,
				to: ends.to + fs * 1.2,
				softer: block(arrowX, ends.from + fs * 0.35, 'middle', [line(words.softer, 700)]),
				harder: block(arrowX, ends.to + fs * 0.35, 'middle', [line(words.harder, 700)])
			}
		: {
				x: arrowX,
				from: ends.from,
				to: ends.to,
				softer: block(margin.left, height - margin.bottom + fs * 0.2, 'start', [line(words.softer, 700)]),
				harder: block(margin.left, margin.top + fs * 0.8, 'start', [line(words.harder, 700)])
			};
	return roundAll({ rungs, rails: { ...rails, top, bottom }, r: wide ? 15 : 12, arrow });
}
