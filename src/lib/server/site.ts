/**
 * The public address of the site, for canonical links, Open Graph, embed codes
 * and citations. Set SITE_URL when building for a host; without it the pages
 * name the local address `npm start` serves.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
