import { getContent } from '$lib/server/content';

export const load = () => {
	const { threats, story } = getContent();
	return { threats, meta: story.meta };
};
