import { CHART_IDS } from '$lib/content/charts';
import { chartIdOf, chartSvg } from '$lib/server/chart-files';
import { editionEntries, editionOf } from '$lib/server/edition';

export const prerender = true;

/**
 * `/charts/<id>.svg` is the slide (title, chart, source) in the light theme,
 * `<id>-dark.svg` the same in the dark theme, `<id>-plain.svg` the chart alone.
 */
export const entries = () =>
	editionEntries(CHART_IDS.flatMap((id) => [{ id }, { id: `${id}-dark` }, { id: `${id}-plain` }]));

export const GET = ({ params }) => {
	const [, name, suffix] = params.id.match(/^(.*?)(-dark|-plain)?$/)!;
	const { lang } = editionOf(params.lang);
	const theme = suffix === '-dark' ? 'dark' : 'light';
	const svg = chartSvg(chartIdOf(name), theme, suffix === '-plain' ? 'plain' : 'slide', lang);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
