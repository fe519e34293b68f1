/**
 * Design sizes. Each chart is drawn twice on the server, at a wide 16:9 size
 * (desktop, poster, slides: 1920 × 1080 is exactly 2×) and a narrow size for
 * phones, drawn to fit the upper part of the screen while the steps pass below,
 * and CSS shows the one that fits. Both are fixed viewBoxes, so the prerendered
 * SVG is final and text keeps its size relative to the page.
 */
import ADVANCE_WIDTHS_JSON from './advance-widths.json' with { type: 'json' };

/** Per character, its advance in thousandths of an em, [regular, bold]. */
const ADVANCE_WIDTHS: Record<string, readonly number[] | undefined> = ADVANCE_WIDTHS_JSON;

export type Layout = 'wide' | 'narrow';

/** A straight line between two points, in viewBox units, as an SVG `<line>` takes it. */
export interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** Every layout a page draws, wide first. */
export const LAYOUTS: readonly Layout[] = ['wide', 'narrow'];

export interface Frame {
	width: number;
	height: number;
	/** Room for axes and labels inside the viewBox. */
	margin: { top: number; right: number; bottom: number; left: number };
	/** Base text size in viewBox units. */
	fontSize: number;
}

export const FRAMES: Record<Layout, Frame> = {
	wide: { width: 960, height: 540, margin: { top: 28, right: 24, bottom: 40, left: 150 }, fontSize: 16 },
	narrow: { width: 360, height: 460, margin: { top: 16, right: 12, bottom: 28, left: 12 }, fontSize: 14 }
};

/** A character the table does not know (new words since `npm run widths`) counts as an em, as wide as the widest it knows (…, →). */
export const UNKNOWN_WIDTH = 1000;

/**
 * How wide a text is set, from its characters' advance widths (`npm run widths` measures them in
 * Source Sans 3 and Arial's metric twin and keeps the wider): enough to keep labels inside their
 * frame and apart in either face. Kerning, left out, moves a text by a few hundredths of an em.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let thousandths = 0;
	for (const character of text) thousandths += ADVANCE_WIDTHS[character]?.[bold ? 1 : 0] ?? UNKNOWN_WIDTH;
	return (thousandths * fontSize) / 1000;
}

/**
 * Positions to a hundredth of a viewBox unit: far below a pixel at any size a chart is shown or
 * printed, and the markup says 238.87 rather than 238.86709231218236.
 */
export function round(n: number): number {
	const r = Math.round(n * 100) / 100;
	return r === 0 ? 0 : r; // never "-0"
}

/** Every number in a layout's plain data (objects and arrays, not functions), rounded. */
export function roundAll<T>(value: T): T {
	if (typeof value === 'number') return round(value) as T;
	if (Array.isArray(value)) return value.map(roundAll) as T;
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundAll(v)])) as T;
	return value;
}

/** A d3 scale whose positions come out rounded, with its domain and range. */
export interface RoundedScale<D> {
	(value: D): number;
	domain(): D[];
	range(): number[];
}

export function rounded<D>(scale: {
	(value: D): number | undefined;
	domain(): unknown[];
	range(): number[];
}): RoundedScale<D> {
	return Object.assign((value: D) => round(scale(value) ?? NaN), {
		domain: () => scale.domain() as D[],
		range: () => scale.range().map(round)
	});
}
