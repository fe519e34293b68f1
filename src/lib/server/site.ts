/**
 * The public address of the site, for canonical links, Open Graph, embed codes
 * and citations. Set SITE_URL when building for a host; without it the pages
 * name the local address `npm start` serves.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

/** The day the site was built (YYYY-MM-DD, UTC), which a printed page names beside its address. */
export const BUILT = new Date().toISOString().slice(0, 10);
