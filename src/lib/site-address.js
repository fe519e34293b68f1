/**
 * Where the site is published: its public address (SITE_URL), which canonical links, share
 * images, embed codes, citations and the decks name, and the path under which it is served
 * (BASE_PATH, SvelteKit's `paths.base`), which every link in the pages starts with. Plain
 * JavaScript, because svelte.config.js reads it before anything compiles TypeScript.
 */

/** What a build for a host must be told, said the same way wherever it stops. */
export const SITE_URL_MISSING =
	'Set SITE_URL to the address the site will be published at, for example\n' +
	'  SITE_URL=https://example.org npm run build\n' +
	'  SITE_URL=https://user.github.io/project npm run build   (served under /project)\n' +
	'Canonical links, share images, embed codes, citations and the slide decks name it. ' +
	'`npm start` and `npm test` set a local address themselves.';

export class SiteAddressError extends Error {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = 'SiteAddressError';
	}
}

/**
 * A path as SvelteKit's `paths.base` takes it: '' for the root, otherwise `/a/b` (a leading
 * slash, none at the end).
 * @param {string} path
 */
const asBase = (path) => {
	const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}` : '';
};

/**
 * The path the site is served under: BASE_PATH, or else the path of SITE_URL, or the root.
 * @param {Record<string, string | undefined>} env
 */
export function basePath(env) {
	if (env.BASE_PATH !== undefined) return asBase(env.BASE_PATH);
	if (!env.SITE_URL) return '';
	try {
		return asBase(new URL(env.SITE_URL).pathname);
	} catch {
		return '';
	}
}

/**
 * The public address and base path a build names, or a SiteAddressError that says what to set:
 * SITE_URL missing or not an http(s) address, or a BASE_PATH other than SITE_URL's own path.
 * @param {Record<string, string | undefined>} env
 * @returns {{ url: string; base: string }}
 */
export function siteAddress(env) {
	const given = env.SITE_URL?.trim();
	if (!given) throw new SiteAddressError(`SITE_URL is not set. ${SITE_URL_MISSING}`);
	let parsed;
	try {
		parsed = new URL(given);
	} catch {
		parsed = undefined;
	}
	if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash)
		throw new SiteAddressError(`SITE_URL is "${given}", which is not a web address. ${SITE_URL_MISSING}`);
	const url = `${parsed.origin}${asBase(parsed.pathname)}`;
	const base = basePath(env);
	if (base !== asBase(parsed.pathname))
		throw new SiteAddressError(
			`BASE_PATH is "${base || '/'}" but SITE_URL (${url}) is served under "${asBase(parsed.pathname) || '/'}". ` +
				'The site is linked under the path of its address: set BASE_PATH to that path, or leave it out.'
		);
	return { url, base };
}
