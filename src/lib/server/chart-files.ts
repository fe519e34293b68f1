/**
 * Chart files built on the server: the self-contained slide SVG (light or dark)
 * and the CSV of each chart. The SVG is the very markup the page shows, drawn
 * with plain colours and a safe font stack instead of the page's CSS.
 */
import { render } from 'svelte/server';
import { error } from '@sveltejs/kit';
import ChartGraphic from '$lib/components/charts/ChartGraphic.svelte';
import { CHART_IDS, type ChartId } from '$lib/content/charts';
import { createPalette } from '$lib/charts/palette';
import { chartMarks, plainSvg, shareSvg, slideSvg } from '$lib/charts/standalone';
import { chartTable } from '$lib/charts/tables';
import { toCsv } from '$lib/charts/csv';
import { getContent } from './content';
import { getMap } from './map';

export function chartIdOf(param: string): ChartId {
	if (!(CHART_IDS as readonly string[]).includes(param)) error(404, `No chart "${param}"`);
	return param as ChartId;
}

export type SvgVariant = 'slide' | 'plain';

export function chartSvg(id: ChartId, theme: 'light' | 'dark', variant: SvgVariant = 'slide'): string {
	const content = getContent();
	const chart = content.charts.find((c) => c.id === id)!;
	const palette = createPalette(content.threats, theme);
	const { body } = render(ChartGraphic, { props: { id, layout: 'wide', content, palette, map: getMap() } });
	return (variant === 'slide' ? slideSvg : plainSvg)(chartMarks(body), chart, palette);
}

/** The link-preview image: the timeline under the title. */
export function shareImageSvg(): string {
	const content = getContent();
	const palette = createPalette(content.threats, 'light');
	const props = { id: 'timeline' as const, layout: 'wide' as const, content, palette, map: getMap() };
	const { meta } = content.story;
	return shareSvg(chartMarks(render(ChartGraphic, { props }).body), meta.title, meta.credit, palette);
}

export function chartCsv(id: ChartId): string {
	return toCsv(chartTable(id, getContent()));
}
