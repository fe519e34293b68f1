import { getContent } from '$lib/server/content';

export const load = () => {
	const { threats, story, scrollers } = getContent();
	// The colour stylesheet carries the rules of as many scroll steps as the longest scroller has.
	return { threats, meta: story.meta, steps: Math.max(...Object.values(scrollers).map((s) => s.length)) };
};
