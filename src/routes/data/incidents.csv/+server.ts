import { toCsv } from '$lib/charts/csv';
import { incidentRows } from '$lib/content/incident-data';
import { getContent } from '$lib/server/content';

export const prerender = true;

// Column names are the documented keys (content/en/data.yaml), so scripts can rely on them.
export const GET = () =>
	new Response(toCsv(incidentRows(getContent()), { header: 'key' }), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
