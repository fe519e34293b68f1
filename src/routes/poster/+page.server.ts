import { getContent } from '$lib/server/content';
import { getMap } from '$lib/server/map';

export const load = () => ({ content: getContent(), map: getMap() });
