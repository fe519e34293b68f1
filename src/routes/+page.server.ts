import { getContent } from '$lib/server/content';
import { posterLink } from '$lib/server/downloads';
import { SITE_URL } from '$lib/server/site';
import { getMap } from '$lib/server/map';

export const load = () => {
	const content = getContent();
	return { content, map: getMap(), poster: posterLink(content.story.opening.posterLink), siteUrl: SITE_URL };
};
