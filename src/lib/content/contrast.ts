/**
 * Contrast between two colours as WCAG 2 defines it: the ratio of their
 * relative luminances, each plus 0.05, lighter over darker. From 1 (the same)
 * to 21 (black on white). Pure, so tests can hold content's colours to it.
 */

/** "#rgb" or "#rrggbb" → red, green and blue from 0 to 1. */
function channels(hex: string): [number, number, number] {
	const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1];
	if (!digits) throw new Error(`Not a colour "#rgb" or "#rrggbb": "${hex}"`);
	const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
	return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16) / 255) as [number, number, number];
}

/** WCAG 2 relative luminance, from 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, whichever order they come in. */
export function contrastRatio(hexA: string, hexB: string): number {
	const [lighter, darker] = [relativeLuminance(hexA), relativeLuminance(hexB)].sort((a, b) => b - a);
	return (lighter + 0.05) / (darker + 0.05);
}
