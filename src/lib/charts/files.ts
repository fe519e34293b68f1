/**
 * Where each chart's files live in the built site. The SVG and CSV files are
 * prerendered endpoints; the PNGs are drawn from the SVG by the build (and by
 * `npm run charts`). One list, so links, builds and exports always agree.
 */
import type { ChartId } from '$lib/content/charts';
import { BASE_LANG } from '../content/editions.ts';

export type ChartFileKind =
	'svg' | 'svgDark' | 'svgPlain' | 'svgCard' | 'png' | 'png4k' | 'pngDark' | 'pngPlain' | 'pngCard' | 'csv';

export const CHART_FILES: Record<ChartFileKind, (id: ChartId) => string> = {
	svg: (id) => `/charts/${id}.svg`,
	svgDark: (id) => `/charts/${id}-dark.svg`,
	svgPlain: (id) => `/charts/${id}-plain.svg`,
	/** The chart's link-preview card, 1200 × 630 (its page's og:image is the PNG). */
	svgCard: (id) => `/charts/${id}-card.svg`,
	png: (id) => `/charts/${id}-1920x1080.png`,
	png4k: (id) => `/charts/${id}-3840x2160.png`,
	pngDark: (id) => `/charts/${id}-dark-1920x1080.png`,
	pngPlain: (id) => `/charts/${id}-plain-1920x1080.png`,
	pngCard: (id) => `/charts/${id}-card.png`,
	csv: (id) => `/charts/${id}.csv`
};

/** The PNGs to draw: from which SVG, at what scale of its design size (960 × 540 unless given). */
export const PNG_RENDITIONS: {
	kind: 'png' | 'png4k' | 'pngDark' | 'pngPlain' | 'pngCard';
	from: 'svg' | 'svgDark' | 'svgPlain' | 'svgCard';
	scale: number;
	size?: { width: number; height: number };
}[] = [
	{ kind: 'png', from: 'svg', scale: 2 },
	{ kind: 'png4k', from: 'svg', scale: 4 },
	{ kind: 'pngDark', from: 'svgDark', scale: 2 },
	{ kind: 'pngPlain', from: 'svgPlain', scale: 2 },
	{ kind: 'pngCard', from: 'svgCard', scale: 1, size: { width: 1200, height: 630 } }
];

export const INCIDENTS_DATA = { csv: '/data/incidents.csv', json: '/data/incidents.json' };

/** An edition's slide deck of every chart, made by the build: …-charts.pptx in English, …-charts-fr.pptx. */
export const deckPath = (lang: string = BASE_LANG): string =>
	`/downloads/peace-and-stability-in-cyberspace-charts${lang === BASE_LANG ? '' : `-${lang}`}.pptx`;
