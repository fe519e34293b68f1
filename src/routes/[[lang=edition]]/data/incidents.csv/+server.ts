import { toCsv } from '$lib/charts/csv';
import { incidentRows } from '$lib/content/incident-data';
import { editionEntries, editionOf } from '$lib/server/edition';

export const prerender = true;
export const entries = () => editionEntries();

// Column names are the documented keys (content/en/data.yaml), so scripts can rely on them;
// the text in the columns is the edition's.
export const GET = ({ params }) =>
	new Response(toCsv(incidentRows(editionOf(params.lang)), { header: 'key' }), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
