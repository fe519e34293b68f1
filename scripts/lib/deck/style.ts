/**
 * The deck's type and colours: sizes for a projector (nothing on a chart
 * slide under 14 pt), the light theme's inks as PowerPoint writes them (hex
 * without '#'), and the box on a 16:9 slide (10 × 5.625 in) that each chart
 * is drawn in, between its title and its source line.
 */
import { THEMES } from '../../../src/lib/styles/theme.ts';
import { wrapText } from '../../../src/lib/charts/text.ts';
import type { Content } from '../../../src/lib/content/parse.ts';

export const FONT = 'Arial';

const hex = (colour: string) => colour.slice(1).toUpperCase();
export const INK = hex(THEMES.light.ink);
export const SOFT = hex(THEMES.light.inkSoft);
export const RULE = hex(THEMES.light.rule);
export const BG = hex(THEMES.light.bg);
export { hex };

export const SIZE = { title: 28, takeaway: 16, label: 16, small: 14, source: 14 } as const;

/** Where a chart goes on its slide, in inches. */
export const BODY = { x: 0.5, y: 1.35, w: 9, h: 3.45 } as const;
export type Box = { x: number; y: number; w: number; h: number };

/**
 * Text options every run shares: the font, and the edition's language (en-GB, fr-FR), so that
 * PowerPoint spell-checks the text and reads it out in that language.
 */
export const textBase = (content: Pick<Content, 'story'>) => ({
	fontFace: FONT,
	lang: content.story.edition.locale.replace('_', '-'),
	margin: 0
});

/**
 * The site's widths are at least Arial's and Liberation Sans's (its metric twin), but where
 * neither is installed DejaVu Sans stands in, and it runs up to 15% wider (measured on the
 * charts' titles and labels): boxes are sized for it.
 */
export const STAND_IN_FONT_MARGIN = 1.15;

/**
 * The largest size from `max` down to `min`, in 2 pt steps, at which `text` takes at most `lines`
 * lines of `width` inches: so a longer title or source line in French or German still fits its box.
 */
export function fitSize(text: string, width: number, lines: number, max: number, min: number, bold = false) {
	const widthPt = (width * 72) / STAND_IN_FONT_MARGIN;
	for (let size = max; size > min; size -= 2)
		if (wrapText(text, widthPt, size, bold ? 700 : 400).length <= lines) return size;
	return min;
}
