import type { Handle } from '@sveltejs/kit';
import { withoutHydrationMarkers } from '$lib/server/hydration-markers';

const VIEWPORT = 'content="width=device-width, initial-scale=1"';
/** The poster is several times wider than a phone. Left to itself, a phone browser lets the reader
 * zoom out to a quarter, and so treats the whole width as in view and lays out all of it at once;
 * held at reading size, the reader pans and the sheet is laid out as they go. Zooming in stays. */
const POSTER_VIEWPORT = 'content="width=device-width, initial-scale=1, minimum-scale=1"';

// Only stylesheets are preloaded: the web fonts are asked for after the first paint
// ($lib/client/fonts.ts), and pages load no SvelteKit scripts. Every page goes out without
// Svelte's hydration markers; the poster is held at reading size.
export const handle: Handle = ({ event, resolve }) => {
	const poster = event.url.pathname === '/poster';
	return resolve(event, {
		preload: ({ type }) => type === 'css',
		transformPageChunk: ({ html }) => {
			const page = withoutHydrationMarkers(html);
			return poster ? page.replace(VIEWPORT, POSTER_VIEWPORT) : page;
		}
	});
};
