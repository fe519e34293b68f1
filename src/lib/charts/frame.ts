/**
 * Design sizes. Each chart is drawn twice on the server, at a wide 16:9 size
 * (desktop, poster, slides: 1920 × 1080 is exactly 2×) and a narrow portrait
 * size for phones, and CSS shows the one that fits. Both are fixed viewBoxes,
 * so the prerendered SVG is final and text keeps its size relative to the page.
 */
export type Layout = 'wide' | 'narrow';

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
	narrow: { width: 360, height: 640, margin: { top: 16, right: 12, bottom: 28, left: 12 }, fontSize: 14 }
};

/** A rough text width, enough to keep labels from colliding (Source Sans 3 averages ~0.5 em). */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.52;
}
