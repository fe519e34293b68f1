import { editionEntries, editionOf } from '$lib/server/edition';

// Built as 404.html in every edition: what a static host (and scripts/lib/static-server.ts) sends
// for an address where there is no page.
export const entries = () => editionEntries();
export const load = ({ params }) => ({ content: editionOf(params.lang) });
