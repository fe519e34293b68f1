import { json } from '@sveltejs/kit';
import { incidentJson } from '$lib/content/incident-data';
import { getContent } from '$lib/server/content';

export const prerender = true;

export const GET = () => json(incidentJson(getContent()));
