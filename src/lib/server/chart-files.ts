/**
 * Chart files built on the server: each chart's SVG file (ChartFile.svelte,
 * rendered with Svelte's server `render`: the very chart the pages draw, in
 * plain colours) and its CSV.
 */
import { render } from 'svelte/server';
import { error } from '@sveltejs/kit';
import ChartFile from '$lib/components/charts/ChartFile.svelte';
import { CHART_IDS, type ChartId } from '$lib/content/charts';
import type { FileVariant } from '$lib/charts/file-frame';
import type { ThemeName } from '$lib/styles/theme';
import { chartTable } from '$lib/charts/tables';
import { toCsv } from '$lib/charts/csv';
import { getContent } from './content';
import { getMap } from './map';
import { withoutHydrationMarkers } from './hydration-markers';

export function chartIdOf(param: string): ChartId {
	if (!(CHART_IDS as readonly string[]).includes(param)) error(404, `No chart "${param}"`);
	return param as ChartId;
}

/** The chart's file: a standalone SVG document (without the markers Svelte leaves for hydration). */
export function chartSvg(id: ChartId, theme: ThemeName = 'light', variant: FileVariant = 'slide'): string {
	const props = { id, content: getContent(), map: getMap(), theme, variant };
	return withoutHydrationMarkers(render(ChartFile, { props }).body).trim();
}

/** The link-preview image: the timeline under the site's title. */
export const shareImageSvg = () => chartSvg('timeline', 'light', 'share');

export function chartCsv(id: ChartId): string {
	return toCsv(chartTable(id, getContent()));
}
