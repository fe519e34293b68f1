/**
 * Colours and type for chart marks. On the site marks use CSS variables, so the
 * dark theme works; in exported SVGs the same marks get plain hex values and a
 * safe font stack, so the file needs no outside CSS.
 */
import type { ThreatFacts } from '$lib/content/schema';

export interface Palette {
	threat(id: string): string;
	ink: string;
	inkSoft: string;
	rule: string;
	background: string;
	font: string;
}

export type PaletteMode = 'css' | 'light' | 'dark';

const FIXED = {
	light: { ink: '#15202b', inkSoft: '#4a5663', rule: '#c9d1da', background: '#ffffff' },
	dark: { ink: '#e8edf2', inkSoft: '#aab6c3', rule: '#3a4856', background: '#0f1720' }
};

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
	const colours = new Map(threats.map((t) => [t.id, t.colour[mode]]));
	return { ...FIXED[mode], threat: (id) => colours.get(id) ?? FIXED[mode].ink, font: EXPORT_FONT };
}
