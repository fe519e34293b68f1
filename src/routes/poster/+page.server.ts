import { getContent } from '$lib/server/content';
import { getMap } from '$lib/server/map';

// The map chart draws from the world map projected at build time; only its paths reach the page.
export const load = () => ({ content: getContent(), map: getMap() });
