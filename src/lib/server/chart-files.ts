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
import { svgDocument } from './svg-document';

export function chartIdOf(param: string): ChartId {
	if (!(CHART_IDS as readonly string[]).includes(param)) error(404, `No chart "${param}"`);
	return param as ChartId;
}

/** The chart's file in an edition: a standalone SVG document. */
export function chartSvg(
	id: ChartId,
	theme: ThemeName = 'light',
	variant: FileVariant = 'slide',
	lang?: string
): string {
	const props = { id, content: getContent(lang), map: getMap(lang), theme, variant };
	return svgDocument(render(ChartFile, { props }).body);
}

/** An edition's link-preview image: the timeline under its title. */
export const shareImageSvg = (lang?: string) => chartSvg('timeline', 'light', 'share', lang);

/** The chart's table as CSV: stable column ids, the text in the edition's language. */
export function chartCsv(id: ChartId, lang?: string): string {
	return toCsv(chartTable(id, getContent(lang)), { header: 'key' });
}
