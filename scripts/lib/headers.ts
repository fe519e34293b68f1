/**
 * The response headers the site asks of its host, in one place: `npm run build` writes them into
 * build/_headers for hosts that read that file (Netlify, Cloudflare Pages), under the path the
 * site is served at, and the static server sends the same. Pages are revalidated on every visit
 * (hosts do so by default); the fingerprinted files under /_app/immutable/ are kept a year.
 */

/** On every response. The Content-Security-Policy is in each page's <meta>; these complete it. */
export const RESPONSE_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
	'cross-origin-opener-policy': 'same-origin'
};

/** Where the build puts files whose names change with their content. */
export const IMMUTABLE_DIR = '/_app/immutable/';
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else: kept, but asked again each time (a 304 when unchanged). */
export const CACHE_REVALIDATE = 'no-cache';

const titled = (name: string) =>
	name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());

/** build/_headers for a site served under base ('' or /stories/cyber). */
export function headersFile(base: string): string {
	return [
		'# Response headers for static hosts that read a _headers file (Netlify, Cloudflare Pages),',
		'# written by npm run build (scripts/lib/headers.ts). The Content-Security-Policy is in every',
		"# page's <meta>; these complete it. HTML keeps the host's default caching (revalidated).",
		`${base}/*`,
		...Object.entries(RESPONSE_HEADERS).map(([name, value]) => `  ${titled(name)}: ${value}`),
		'',
		`${base}${IMMUTABLE_DIR}*`,
		`  Cache-Control: ${CACHE_IMMUTABLE}`,
		''
	].join('\n');
}
