/**
 * Text inside charts as data: blocks of lines at a point, their wrapping and
 * their boxes, so layouts can keep labels inside the frame and apart from one
 * another, and tests can check it without a browser.
 */
import { textWidth } from './frame';

/** A run of text on one line; `tone: 'soft'` is secondary text. */
export interface Span {
	text: string;
	weight?: 400 | 600 | 700;
	tone?: 'ink' | 'soft';
}

export interface TextLine {
	spans: Span[];
}

export interface TextBlock {
	/** Baseline of the first line. */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	lines: TextLine[];
	fontSize: number;
	lineHeight: number;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** A one-span line. */
export const line = (text: string, weight?: Span['weight'], tone?: Span['tone']): TextLine => ({
	spans: [{ text, weight, tone }]
});

/** Sets text blocks at one size: `block(x, y, anchor, lines)`, lines 1.25 sizes apart unless told. */
export const blockSetter =
	(fontSize: number, lineHeight = fontSize * 1.25) =>
	(x: number, y: number, anchor: TextBlock['anchor'], lines: TextLine[]): TextBlock => ({
		x,
		y,
		anchor,
		lines,
		fontSize,
		lineHeight
	});

export function spanWidth(span: Span, fontSize: number): number {
	return textWidth(span.text, fontSize, (span.weight ?? 400) >= 600);
}

export function lineWidth(textLine: TextLine, fontSize: number): number {
	return textLine.spans.reduce((sum, span) => sum + spanWidth(span, fontSize), 0);
}

/** Greedy word wrap to `maxWidth`; a single word longer than that keeps its own line. */
export function wrapText(
	text: string,
	maxWidth: number,
	fontSize: number,
	weight?: Span['weight']
): string[] {
	// Only ordinary spaces break a line: a no-break space (French "3 000", "échelle :") holds.
	const words = text
		.trim()
		.split(/[ \t\n\r]+/)
		.filter(Boolean);
	const lines: string[] = [];
	for (const word of words) {
		const last = lines[lines.length - 1];
		const joined = last === undefined ? word : `${last} ${word}`;
		if (last !== undefined && spanWidth({ text: joined, weight }, fontSize) <= maxWidth)
			lines[lines.length - 1] = joined;
		else lines.push(word);
	}
	return lines;
}

/** The box a block's ink occupies, from the cap height of its first line to the descenders of its last. */
export function blockBox(block: TextBlock): Box {
	const width = Math.max(0, ...block.lines.map((l) => lineWidth(l, block.fontSize)));
	const left =
		block.anchor === 'start' ? block.x : block.anchor === 'end' ? block.x - width : block.x - width / 2;
	return {
		left,
		right: left + width,
		top: block.y - block.fontSize * 0.78,
		bottom: block.y + (block.lines.length - 1) * block.lineHeight + block.fontSize * 0.24
	};
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
	return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

export function inside(box: Box, bounds: Box): boolean {
	return (
		box.left >= bounds.left &&
		box.right <= bounds.right &&
		box.top >= bounds.top &&
		box.bottom <= bounds.bottom
	);
}

/**
 * For each item, the first of its candidate blocks that stays inside the bounds
 * and clear of the obstacles and of the blocks already placed; undefined where
 * none fits. Items are placed in the order given, so put the important first.
 */
export function placeBlocks(
	candidates: TextBlock[][],
	obstacles: Box[],
	bounds: Box,
	gap = 3
): (TextBlock | undefined)[] {
	const taken = [...obstacles];
	return candidates.map((options) => {
		const fit = options.find((block) => {
			const box = blockBox(block);
			return inside(box, bounds) && !taken.some((other) => overlaps(box, other, gap));
		});
		if (fit) taken.push(blockBox(fit));
		return fit;
	});
}
