import { CHART_IDS } from '$lib/content/charts';
import { chartIdOf, chartSvg } from '$lib/server/chart-files';
import { editionEntries, editionOf } from '$lib/server/edition';

export const prerender = true;

/**
 * `/charts/<id>.svg` is the slide (title, chart, source) in the light theme,
 * `<id>-dark.svg` the same in the dark theme, `<id>-plain.svg` the chart alone,
 * `<id>-card.svg` its link-preview card (the build draws it as `<id>-card.png`).
 */
const SUFFIXES = ['dark', 'plain', 'card'] as const;

export const entries = () =>
	editionEntries(
		CHART_IDS.flatMap((id) => [{ id }, ...SUFFIXES.map((suffix) => ({ id: `${id}-${suffix}` }))])
	);

export const GET = ({ params }) => {
	const [, name, suffix] = params.id.match(/^(.*?)(?:-(dark|plain|card))?$/)!;
	const { lang } = editionOf(params.lang);
	const theme = suffix === 'dark' ? 'dark' : 'light';
	const variant = suffix === 'plain' || suffix === 'card' ? suffix : 'slide';
	const svg = chartSvg(chartIdOf(name), theme, variant, lang);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
