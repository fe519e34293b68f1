import type { Handle } from '@sveltejs/kit';
import { provideDrawer } from '$lib/server-drawn';
import { drawer } from '$lib/server/drawer';

// Pages draw their charts through this (see $lib/server-drawn).
provideDrawer(drawer);

/** The faces the first screen sets its text in: the headline serif and the body sans. */
const FIRST_SCREEN_FONTS = /\/source-(serif-4-latin-700|sans-3-latin-400)-normal\.[\w-]+\.woff2$/;

// Besides styles (SvelteKit's default), preload the first screen's two fonts, so they
// arrive with the stylesheet rather than after it, and text is rarely drawn in a fallback first.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type, path }) =>
			type === 'js' || type === 'css' || (type === 'font' && FIRST_SCREEN_FONTS.test(path))
	});
