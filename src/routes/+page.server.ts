import { getContent } from '$lib/server/content';
import { posterLink } from '$lib/server/downloads';
import { SITE_URL } from '$lib/server/site';

export const load = () => {
	const content = getContent();
	// No map here: the page's charts are drawn on the server (see $lib/server-drawn).
	return { content, poster: posterLink(content.story.opening.posterLink), siteUrl: SITE_URL };
};
