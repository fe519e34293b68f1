/**
 * The public address of the site, for canonical links, Open Graph, embed codes and citations:
 * SITE_URL, with the path the site is served under (src/lib/site-address.js). A build without it
 * stops before it starts (vite.config.ts, scripts/build.ts); `npm start`, `npm test` and
 * `npm run dev` set a local one.
 */
import { siteAddress } from '../site-address.js';

export const SITE_URL = siteAddress(process.env).url;
