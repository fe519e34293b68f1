import { CHART_IDS } from '$lib/content/charts';
import { chartCsv, chartIdOf } from '$lib/server/chart-files';
import { editionEntries, editionOf } from '$lib/server/edition';

export const prerender = true;
export const entries = () => editionEntries(CHART_IDS.map((id) => ({ id })));

export const GET = ({ params }) =>
	new Response(chartCsv(chartIdOf(params.id), editionOf(params.lang).lang), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
