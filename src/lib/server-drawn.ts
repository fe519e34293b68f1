/**
 * Charts are drawn on the server, as the markup pages show (no page loads a
 * client framework; $lib/client changes what a reader can change on the drawn
 * marks). Components cannot import server code, so the drawing
 * ($lib/server/drawer, which reads the projected world map) is handed to this
 * module by src/hooks.server.ts.
 */
import type { Content } from '$lib/content/parse';
import type { ChartId } from '$lib/content/charts';
import type { Layout } from '$lib/charts/frame';
import type { Palette } from '$lib/charts/palette';

/** What a chart is drawn from: ChartGraphic's props but the map, which the server adds. Charts
 * are drawn in their final state, every mark shown. */
export interface ChartRequest {
	id: ChartId;
	layout: Layout;
	content: Content;
	palette: Palette;
}

export interface Drawer {
	/** A chart as one element (the `.chart-svg` box with its SVG). */
	chart(request: ChartRequest): string;
}

let drawer: Drawer | undefined;

/** Gives this module the server's drawer (src/hooks.server.ts, once, at start). */
export function provideDrawer(serverDrawer: Drawer) {
	drawer = serverDrawer;
}

/** The chart's markup. */
export function drawChart(request: ChartRequest): string {
	if (!drawer) throw new Error('Charts are drawn on the server: src/hooks.server.ts provides the drawer.');
	return drawer.chart(request);
}
