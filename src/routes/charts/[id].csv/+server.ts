import { CHART_IDS } from '$lib/content/charts';
import { chartCsv, chartIdOf } from '$lib/server/chart-files';

export const prerender = true;
export const entries = () => CHART_IDS.map((id) => ({ id }));

export const GET = ({ params }) =>
	new Response(chartCsv(chartIdOf(params.id)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
