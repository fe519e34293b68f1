import type { Handle } from '@sveltejs/kit';
import { withoutHydrationMarkers } from '$lib/server/hydration-markers';
import { BASE_LANG } from '$lib/content/editions';

const VIEWPORT = 'content="width=device-width, initial-scale=1"';
/** The poster is several times wider than a phone. Left to itself, a phone browser lets the reader
 * zoom out to a quarter, and so treats the whole width as in view and lays out all of it at once;
 * held at reading size, the reader pans and the sheet is laid out as they go. Zooming in stays. */
const POSTER_VIEWPORT = 'content="width=device-width, initial-scale=1, minimum-scale=1"';

// Only stylesheets are preloaded: the web fonts are asked for after the first paint
// ($lib/client/fonts.ts), and pages load no SvelteKit scripts. Every page goes out without
// Svelte's hydration markers, in its edition's language (`/fr/…` is French, app.html says
// English); the poster is held at reading size.
export const handle: Handle = ({ event, resolve }) => {
	const poster = event.route.id?.endsWith('/poster');
	const lang = event.params.lang ?? BASE_LANG;
	return resolve(event, {
		preload: ({ type }) => type === 'css',
		transformPageChunk: ({ html }) => {
			const page = withoutHydrationMarkers(html).replace(`<html lang="${BASE_LANG}"`, `<html lang="${lang}"`);
			return poster ? page.replace(VIEWPORT, POSTER_VIEWPORT) : page;
		}
	});
};
