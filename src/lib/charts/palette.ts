/**
 * Colours and type for chart marks. On a page marks use the theme's CSS
 * variables, so they follow the reader's light or dark theme (and the paper
 * theme on the poster); in exported files the same marks get one theme's plain
 * values ($lib/styles/theme) and a safe font stack, so a file needs no outside CSS.
 */
import type { ThreatFacts } from '$lib/content/schema';
import { THEMES, type ThemeName } from '$lib/styles/theme';

export interface Palette {
	threat(id: string): string;
	ink: string;
	inkSoft: string;
	rule: string;
	background: string;
	font: string;
}

export type PaletteMode = 'css' | ThemeName;

/** Text in exported files falls back to fonts that PowerPoint, Keynote and Google Slides all have. */
export const EXPORT_FONT = "'Source Sans 3', 'Segoe UI', Arial, Helvetica, sans-serif";

export function createPalette(threats: Pick<ThreatFacts, 'id' | 'colour'>[], mode: PaletteMode): Palette {
	if (mode === 'css')
		return {
			threat: (id) => `var(--threat-${id})`,
			ink: 'var(--ink)',
			inkSoft: 'var(--ink-soft)',
			rule: 'var(--rule)',
			background: 'var(--bg)',
			font: 'var(--font-sans)'
		};
	const tokens = THEMES[mode];
	const colours = new Map(threats.map((t) => [t.id, t.colour[mode]]));
	return {
		threat: (id) => colours.get(id) ?? tokens.ink,
		ink: tokens.ink,
		inkSoft: tokens.inkSoft,
		rule: tokens.rule,
		background: tokens.bg,
		font: EXPORT_FONT
	};
}
