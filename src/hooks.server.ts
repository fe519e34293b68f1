import type { Handle } from '@sveltejs/kit';
import { withoutHydrationMarkers } from '$lib/server/hydration-markers';

/** The faces the story's first screen sets its text in: the headline serif and the body sans. */
const FIRST_SCREEN_FONTS = /\/source-(serif-4-latin-700|sans-3-latin-400)-normal\.[\w-]+\.woff2$/;
/** The poster's first screen uses every face but italic. */
const POSTER_FONTS = /\/source-(serif-4|sans-3)-latin-\d+-normal\.[\w-]+\.woff2$/;

const VIEWPORT = 'content="width=device-width, initial-scale=1"';
/** The poster is several times wider than a phone. Left to itself, a phone browser lets the reader
 * zoom out to a quarter, and so treats the whole width as in view and lays out all of it at once;
 * held at reading size, the reader pans and the sheet is laid out as they go. Zooming in stays. */
const POSTER_VIEWPORT = 'content="width=device-width, initial-scale=1, minimum-scale=1"';

// Preload the fonts of the first screen, so they arrive with the page rather than after its first
// layout, and text is rarely laid out twice. (Pages load no SvelteKit scripts to preload.) Every
// page goes out without Svelte's hydration markers; the poster is held at reading size.
export const handle: Handle = ({ event, resolve }) => {
	const poster = event.url.pathname === '/poster';
	const fonts = poster ? POSTER_FONTS : FIRST_SCREEN_FONTS;
	return resolve(event, {
		preload: ({ type, path }) => type === 'css' || (type === 'font' && fonts.test(path)),
		transformPageChunk: ({ html }) => {
			const page = withoutHydrationMarkers(html);
			return poster ? page.replace(VIEWPORT, POSTER_VIEWPORT) : page;
		}
	});
};
