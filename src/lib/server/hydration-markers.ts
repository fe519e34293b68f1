/**
 * Svelte marks where each block of a page begins and ends with comments (`<!--[-->`, `<!--]-->`,
 * `<!---->`, `<!--[0-->`, and one per head component), so that the browser can take the page over.
 * No page here is taken over (`csr = false`), and on a long page the markers are a fifth of its
 * nodes, parsed and kept for nothing.
 */
const MARKERS = /<!--(?:\[-?\d*|\]|[a-z0-9]{6,8})?-->/g;

/** The page without Svelte's markers; every other comment stays. */
export const withoutHydrationMarkers = (html: string) => html.replace(MARKERS, '');
