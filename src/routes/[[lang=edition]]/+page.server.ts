import { posterLink } from '$lib/server/downloads';
import { SITE_URL } from '$lib/server/site';
import { editionEntries, pageData } from '$lib/server/edition';

export const entries = () => editionEntries();

export const load = ({ params }) => {
	const data = pageData(params.lang);
	return { ...data, poster: posterLink(data.content), siteUrl: SITE_URL };
};
