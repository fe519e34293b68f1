import type { Handle } from '@sveltejs/kit';
import { BASE_LANG } from '$lib/content/editions';

const VIEWPORT = 'width=device-width, initial-scale=1';
/** The poster is several times wider than a phone. Left to itself, a phone browser lets the reader
 * zoom out to a quarter, and so treats the whole width as in view and lays out all of it at once;
 * held at reading size, the reader pans and the sheet is laid out as they go. Zooming in stays. */
const POSTER_VIEWPORT = `${VIEWPORT}, minimum-scale=1`;

// Only stylesheets are preloaded: pages load no SvelteKit scripts. Every page goes out in its
// edition's language (`/fr/…` is French) and the poster is held at reading size, through the
// placeholders in app.html.
export const handle: Handle = ({ event, resolve }) => {
	const poster = event.route.id?.endsWith('/poster');
	const lang = event.params.lang ?? BASE_LANG;
	return resolve(event, {
		preload: ({ type }) => type === 'css',
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', lang).replace('%viewport%', poster ? POSTER_VIEWPORT : VIEWPORT)
	});
};
