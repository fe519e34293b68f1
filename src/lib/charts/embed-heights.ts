/**
 * How tall each chart's embedded page is where the page that embeds it runs no script: the height
 * its embed code gives the frame (with /embed.js the frame takes its content's height at any
 * width). Each is the chart's page, compact in a frame at a desktop's width (the page at its
 * widest, 60rem), in its tallest edition, so no edition's frame scrolls there; a phone's narrower
 * frame scrolls a little. tests/e2e/embed.spec.ts measures the pages and says which heights to
 * write here when the charts or their words change.
 */
import type { ChartId } from '$lib/content/charts';

export const EMBED_HEIGHTS: Record<ChartId, number> = {
	timeline: 906,
	threats: 841,
	breaches: 925,
	espionage: 891,
	map: 848,
	toolbox: 898
};
