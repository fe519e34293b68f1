import { CHART_IDS } from '$lib/content/charts';
import { chartIdOf, chartSvg } from '$lib/server/chart-files';

export const prerender = true;

/**
 * `/charts/<id>.svg` is the slide (title, chart, source) in the light theme,
 * `<id>-dark.svg` the same in the dark theme, `<id>-plain.svg` the chart alone.
 */
export const entries = () => CHART_IDS.flatMap((id) => [{ id }, { id: `${id}-dark` }, { id: `${id}-plain` }]);

export const GET = ({ params }) => {
	const [, name, suffix] = params.id.match(/^(.*?)(-dark|-plain)?$/)!;
	const id = chartIdOf(name);
	const svg = chartSvg(id, suffix === '-dark' ? 'dark' : 'light', suffix === '-plain' ? 'plain' : 'slide');
	return new Response(svg, {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
