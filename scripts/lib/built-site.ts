/**
 * The address a built site was made for, as its story page names it (`<link rel="canonical">`,
 * SITE_URL at build time): what the static server serves it under, and what an export from it
 * cites, so neither has to be told again what the build was told.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltAddress {
	/** The public address, without a trailing slash: https://example.eu/stories/cyber. */
	url: string;
	/** The path the pages link under: '' at a domain's root, else /stories/cyber. */
	base: string;
}

const CANONICAL = /<link rel="canonical" href="([^"]+)"/;

/** The address root/index.html names, or undefined where there is none (no site, or not one of ours). */
export function builtAddress(root: string): BuiltAddress | undefined {
	const home = join(root, 'index.html');
	if (!existsSync(home)) return undefined;
	const href = CANONICAL.exec(readFileSync(home, 'utf8'))?.[1];
	if (!href) return undefined;
	const url = new URL(href.replaceAll('&amp;', '&'));
	const base = url.pathname.replace(/\/+$/, '');
	return { url: `${url.origin}${base}`, base };
}
