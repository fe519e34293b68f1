/**
 * Editions: the reader-facing words live in one folder per language
 * (`content/en/`, `content/fr/`, …); the facts beside them are shared. English
 * is the reference: every other edition must have exactly its keys, lists of
 * the same length, no empty text, and the same `{placeholders}` in every
 * string, so that a translation can neither lose a sentence nor retype a fact.
 */

/** The language every other edition mirrors. */
export const BASE_LANG = 'en';

/** The files of an edition, in `content/<lang>/`. */
export const TEXT_FILES = [
	'threats.yaml',
	'incidents.yaml',
	'story.yaml',
	'charts.yaml',
	'data.yaml'
] as const;

/** A folder name that is a language code: `fr`, `de`, `pt-BR`. */
export const LANG_FOLDER = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** The editions present in a set of content files (`"de/story.yaml"` → `de`), English first. */
export function editionsIn(files: Record<string, unknown>): string[] {
	const langs = new Set<string>();
	for (const name of Object.keys(files)) {
		const [folder, file] = name.split('/');
		if (file && LANG_FOLDER.test(folder)) langs.add(folder);
	}
	return [...langs].sort((a, b) => (a === BASE_LANG ? -1 : b === BASE_LANG ? 1 : a.localeCompare(b)));
}

/** The `{name}` placeholders of a text, sorted. */
export function placeholdersOf(text: string): string[] {
	return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** An id or a date in the words (`eu.roles[1].id`, an event's `incidents[2]`, `provenance.published`): a fact, never translated. */
const isReference = (path: string, value: string) =>
	/(\.(id|date|published|updated)|\.(incidents|sources)\[\d+\])$/.test(path) && /^[a-z0-9-]+$/.test(value);

const kindOf = (value: unknown) =>
	Array.isArray(value) ? 'list' : value === null ? 'nothing' : typeof value;
const keyPath = (path: string, key: string | number) =>
	typeof key === 'number' ? `${path}[${key + 1}]` : path ? `${path}.${key}` : key;

/**
 * The problems of `other` (content/<lang>/<file>) as a mirror of `base` (content/en/<file>):
 * each names the file and the key, e.g. `content/de/story.yaml: "eu.toolbox.title" is missing`.
 */
export function mirrorProblems(file: string, lang: string, base: unknown, other: unknown): string[] {
	const problems: string[] = [];
	const here = `content/${lang}/${file}`;
	const english = `content/${BASE_LANG}/${file}`;
	const walk = (a: unknown, b: unknown, path: string) => {
		const at = path ? `"${path}"` : 'the file';
		if (b === undefined || b === null) {
			problems.push(`${here}: ${at} is missing (${english} has it)`);
			return;
		}
		if (kindOf(a) !== kindOf(b)) {
			problems.push(`${here}: ${at} is a ${kindOf(b)}, but a ${kindOf(a)} in ${english}`);
			return;
		}
		if (typeof a === 'string' && typeof b === 'string') {
			if (isReference(path, a)) {
				if (a !== b)
					problems.push(`${here}: ${at} is "${b}"; ${english} has "${a}" (an id, the same in every edition)`);
				return;
			}
			if (!b.trim()) problems.push(`${here}: ${at} is empty`);
			else if (placeholdersOf(a).join() !== placeholdersOf(b).join()) {
				const list = (t: string) =>
					placeholdersOf(t)
						.map((p) => `{${p}}`)
						.join(' ') || 'none';
				problems.push(`${here}: ${at} has the placeholders ${list(b)}; ${english} has ${list(a)}`);
			}
			return;
		}
		if (typeof a === 'number' || typeof a === 'boolean') {
			if (a !== b)
				problems.push(
					`${here}: ${at} is ${String(b)}; ${english} has ${String(a)} (a fact, the same in every edition)`
				);
			return;
		}
		if (Array.isArray(a) && Array.isArray(b)) {
			if (a.length !== b.length)
				problems.push(`${here}: ${at} has ${b.length} items; ${english} has ${a.length}`);
			a.slice(0, b.length).forEach((item, i) => walk(item, b[i], keyPath(path, i)));
			return;
		}
		if (a && typeof a === 'object' && b && typeof b === 'object') {
			const left = a as Record<string, unknown>;
			const right = b as Record<string, unknown>;
			for (const key of Object.keys(left)) walk(left[key], right[key], keyPath(path, key));
			for (const key of Object.keys(right))
				if (!(key in left))
					problems.push(
						`${here}: "${keyPath(path, key)}" is not in ${english} (remove it, or add it to every edition)`
					);
		}
	};
	walk(base, other, '');
	return problems;
}

/** Where an edition's pages live: English at the site's root, every other edition under `/<lang>`. */
export const editionBase = (lang: string): string => (lang === BASE_LANG ? '' : `/${lang}`);

/** A site path in an edition: `inEdition('fr', '/charts')` is `/fr/charts`; `/` of French is `/fr` (fr.html). */
export const inEdition = (lang: string, path: string): string =>
	lang === BASE_LANG ? path : path === '/' ? `/${lang}` : `${editionBase(lang)}${path}`;

/** A link to the same page in an edition, as the language switcher and hreflang links give it. */
export interface EditionLink {
	lang: string;
	/** The language named in itself: English, Français, Deutsch. */
	name: string;
	/** Its Open Graph locale, e.g. fr_FR. */
	locale: string;
	href: string;
	current: boolean;
}
