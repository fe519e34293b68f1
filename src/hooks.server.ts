import type { Handle } from '@sveltejs/kit';
import { BASE_LANG } from '$lib/content/editions';

const VIEWPORT = 'width=device-width, initial-scale=1';
/** The poster is several times wider than a phone. Left to itself, a phone browser lets the reader
 * zoom out to a quarter, and so treats the whole width as in view and lays out all of it at once;
 * held at reading size, the reader pans and the sheet is laid out as they go. Zooming in stays. */
const POSTER_VIEWPORT = `${VIEWPORT}, minimum-scale=1`;

/** The four faces the pages set (all upright), as WOFF2: every browser that preloads reads it (the
 * WOFF beside it in the stylesheet is for those that do not). */
const PRELOADED_FONT = /-normal\.[\w-]+\.woff2$/;

// A font the page's stylesheet names is otherwise asked for only once the first layout finds text
// in it, and then swapped in, laying the page out again: preloaded, the faces are in before the
// first layout. Measured A/B (Lighthouse mobile, three rounds each; bench/README.md): on `/`
// style and layout 329 → 162 ms, FCP 1364 → 1017 ms, LCP unchanged. Every page goes out in its
// edition's language (`/fr/…` is French) and the poster is held at reading size, through the
// placeholders in app.html.
export const handle: Handle = ({ event, resolve }) => {
	const poster = event.route.id?.endsWith('/poster');
	const lang = event.params.lang ?? BASE_LANG;
	return resolve(event, {
		preload: ({ type, path }) => type === 'font' && PRELOADED_FONT.test(path),
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', lang).replace('%viewport%', poster ? POSTER_VIEWPORT : VIEWPORT)
	});
};
