import { editionEntries, pageData } from '$lib/server/edition';

export const entries = () => editionEntries();
export const load = ({ params }) => pageData(params.lang);
