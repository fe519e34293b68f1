import { json } from '@sveltejs/kit';
import { incidentJson } from '$lib/content/incident-data';
import { editionEntries, editionOf } from '$lib/server/edition';

export const prerender = true;
export const entries = () => editionEntries();

export const GET = ({ params }) => json(incidentJson(editionOf(params.lang)));
