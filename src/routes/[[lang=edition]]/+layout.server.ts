import { editionLinks, editionOf } from '$lib/server/edition';
import { SITE_URL } from '$lib/server/site';

export const load = ({ params, url }) => {
	const { threats, story, scrollers, lang } = editionOf(params.lang);
	return {
		threats,
		meta: story.meta,
		// The colour stylesheet carries the rules of as many scroll steps as the longest scroller has.
		steps: Math.max(...Object.values(scrollers).map((s) => s.length)),
		editions: editionLinks(url.pathname, lang),
		switcherLabel: story.edition.switcherLabel,
		siteUrl: SITE_URL
	};
};
