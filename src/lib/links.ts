/**
 * A path of the site as its pages link it: under the path the site is published at
 * (`kit.paths.base`, from BASE_PATH or SITE_URL's path), so `/fr/charts` is linked as
 * `/stories/cyber/fr/charts` there. Everywhere else paths are named from the site's own root
 * (`$lib/charts/files`, `$lib/content/editions`), as the build writes the files.
 */
import { resolve } from '$app/paths';
import type { Pathname } from '$app/types';
import { inEdition } from '$lib/content/editions';

/** `/downloads/…pdf` → `${base}/downloads/…pdf`; `/` → `${base}/`. */
export const linkTo = (path: string): string => resolve(path as Pathname);

/** A path in an edition, linked: `editionLink('fr', '/charts')` → `${base}/fr/charts`. */
export const editionLink = (lang: string, path: string): string => linkTo(inEdition(lang, path));
