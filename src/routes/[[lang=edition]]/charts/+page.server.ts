import { editionEntries, editionOf } from '$lib/server/edition';

export const entries = () => editionEntries();
export const load = ({ params }) => ({ content: editionOf(params.lang) });
