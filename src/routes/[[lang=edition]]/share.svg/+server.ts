import { shareImageSvg } from '$lib/server/chart-files';
import { editionEntries, editionOf } from '$lib/server/edition';

export const prerender = true;
export const entries = () => editionEntries();

// The build draws this as share.png, the edition's Open Graph and Twitter card image.
export const GET = ({ params }) =>
	new Response(shareImageSvg(editionOf(params.lang).lang), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
