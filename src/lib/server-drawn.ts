/**
 * Parts of a page that the browser never changes are drawn once, on the
 * server, and the browser keeps them as they are: Svelte adopts a raw
 * snippet's server markup without re-rendering it while hydrating. So a page
 * hydrates only what it changes, and ships neither the code that draws the
 * charts (LayerCake, d3) nor their data (the projected world map above all).
 *
 * - Charts (`drawChart`, used by Figure): what changes on the page, the
 *   timeline's emphasis at each scroll step, is applied to the drawn marks
 *   ($lib/charts/emphasis).
 * - Fixed content (`drawFixed`, used by ServerDrawn): any snippet without
 *   state, events or context that renders one element.
 *
 * The drawing is server-only code ($lib/server/drawer), handed to this module
 * by src/hooks.server.ts. In the browser there is none, so every link loads
 * its page (data-sveltekit-reload in app.html) rather than rendering it on the
 * client; only `vite dev`'s hot reload of a figure gets the placeholders below.
 */
import type { Snippet } from 'svelte';
import type { Content } from '$lib/content/parse';
import type { ChartId } from '$lib/content/charts';
import type { Emphasis } from '$lib/charts/context';
import { FRAMES, type Layout } from '$lib/charts/frame';
import type { Palette } from '$lib/charts/palette';

/** What a chart is drawn from: ChartGraphic's props but the map, which the server adds. */
export interface ChartRequest {
	id: ChartId;
	layout: Layout;
	content: Content;
	palette: Palette;
	emphasis: Emphasis;
}

export interface Drawer {
	/** A chart as one element (the `.chart-svg` box with its SVG). */
	chart(request: ChartRequest): string;
	/** The one element a snippet renders. */
	fixed(content: Snippet): string;
}

let drawer: Drawer | undefined;

/** Gives this module the server's drawer (src/hooks.server.ts, once, at start). */
export function provideDrawer(serverDrawer: Drawer) {
	drawer = serverDrawer;
}

/** The chart's markup; without a drawer, an empty box of the chart's shape. */
export function drawChart(request: ChartRequest): string {
	if (drawer) return drawer.chart(request);
	const { width, height } = FRAMES[request.layout];
	return `<div class="chart-svg ${request.layout}" style="aspect-ratio: ${width} / ${height}" data-placeholder></div>`;
}

/** The snippet's markup; without a drawer, an empty element. */
export function drawFixed(content: Snippet): string {
	return drawer ? drawer.fixed(content) : '<div data-placeholder></div>';
}
