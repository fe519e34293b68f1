/**
 * What routes need of the editions: the content of the edition a URL names
 * (`/fr/charts` → French; no prefix → English), and the prerender entries of
 * every edition, so each page is built once per language.
 */
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { BASE_LANG, inEdition, type EditionLink } from '$lib/content/editions';
import type { Content } from '$lib/content/parse';
import { editionLangs, getContent } from './content';
import { getMap } from './map';

/** The edition of a route's optional `lang` parameter (none is English); 404 for a language with no folder. */
export function editionOf(lang: string | undefined): Content {
	const code = lang ?? BASE_LANG;
	if (!editionLangs().includes(code)) error(404, `No edition "${code}"`);
	return getContent(code);
}

/** The edition's content and map, which every page with a chart loads. */
export const pageData = (lang: string | undefined) => {
	const content = editionOf(lang);
	return { content, map: getMap(content.lang) };
};

/** Prerender entries for a route under [[lang]]: `extra` (e.g. each chart id) in every edition. */
export function editionEntries<T extends Record<string, string>>(extra: T[] = [{} as T]) {
	return editionLangs().flatMap((lang) =>
		extra.map((params) => ({ ...params, lang: lang === BASE_LANG ? undefined : lang }))
	);
}

/**
 * The same page in every edition, for the language switcher and hreflang links, as paths from the
 * site's root (the URL's pathname starts with the base path the site is served under).
 */
export function editionLinks(pathname: string, current: string): EditionLink[] {
	const inSite = pathname.slice(base.length) || '/';
	const rest = current === BASE_LANG ? inSite : inSite.slice(current.length + 1) || '/';
	return editionLangs()
		.map((lang) => ({
			lang,
			name: getContent(lang).story.edition.name,
			locale: getContent(lang).story.edition.locale,
			href: inEdition(lang, rest),
			current: lang === current
		}))
		.sort((a, b) => a.lang.localeCompare(b.lang));
}
