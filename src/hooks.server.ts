import type { Handle } from '@sveltejs/kit';
import { provideDrawer } from '$lib/server-drawn';
import { drawer } from '$lib/server/drawer';

// Pages draw their charts through this (see $lib/server-drawn).
provideDrawer(drawer);

/** The faces the story's first screen sets its text in: the headline serif and the body sans. */
const FIRST_SCREEN_FONTS = /\/source-(serif-4-latin-700|sans-3-latin-400)-normal\.[\w-]+\.woff2$/;
/** The poster's first screen uses every face but italic. */
const POSTER_FONTS = /\/source-(serif-4|sans-3)-latin-\d+-normal\.[\w-]+\.woff2$/;

// Preload the fonts of the first screen, so they arrive with the page rather than after its first
// layout, and text is rarely laid out twice. (Pages load no SvelteKit scripts to preload.)
export const handle: Handle = ({ event, resolve }) => {
	const fonts = event.url.pathname === '/poster' ? POSTER_FONTS : FIRST_SCREEN_FONTS;
	return resolve(event, {
		preload: ({ type, path }) => type === 'css' || (type === 'font' && fonts.test(path))
	});
};
