import { shareImageSvg } from '$lib/server/chart-files';

export const prerender = true;

// The build draws this as /share.png, the Open Graph and Twitter card image.
export const GET = () =>
	new Response(shareImageSvg(), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
