import { getContent } from '$lib/server/content';
import { posterLink } from '$lib/server/downloads';
import { getMap } from '$lib/server/map';
import { SITE_URL } from '$lib/server/site';

export const load = () => {
	const content = getContent();
	return { content, map: getMap(), poster: posterLink(content.story.opening.posterLink), siteUrl: SITE_URL };
};
