/**
 * Reads content/ once per build and hands out the validated content: the
 * shared facts, and the words of every edition (each `content/<lang>/`
 * folder). Every edition is checked, so a translation that misses or adds a
 * key stops the build; any problem throws a ContentError, which stops
 * `vite build` with its message.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_FILES, parseEditions, type Content } from '../content/parse.ts';
import { BASE_LANG, LANG_FOLDER, TEXT_FILES } from '../content/editions.ts';

export const CONTENT_DIR = resolve(process.env.CONTENT_DIR ?? 'content');

/** The text of every content file, by its path under content/ (`story.yaml` of German is `de/story.yaml`). */
export function readContentFiles(dir = CONTENT_DIR): Record<string, string> {
	const files: Record<string, string> = {};
	const langs = existsSync(dir)
		? readdirSync(dir).filter((name) => LANG_FOLDER.test(name) && statSync(join(dir, name)).isDirectory())
		: [];
	const names = [
		...Object.values(CONTENT_FILES).filter((name) => !name.startsWith(`${BASE_LANG}/`)),
		...new Set([BASE_LANG, ...langs].flatMap((lang) => TEXT_FILES.map((file) => `${lang}/${file}`)))
	];
	for (const name of names) {
		const path = join(dir, name);
		if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
	}
	return files;
}

let cached: Record<string, Content> | undefined;

/** Every edition, by language. */
export function getEditions(): Record<string, Content> {
	cached ??= parseEditions(readContentFiles());
	return cached;
}

/** One edition's content (English when no language is given). Throws for a language with no folder. */
export function getContent(lang: string = BASE_LANG): Content {
	const content = getEditions()[lang];
	if (!content)
		throw new Error(`There is no edition "${lang}": content/ has ${Object.keys(getEditions()).join(', ')}.`);
	return content;
}

/** The languages of every edition, English first. */
export const editionLangs = (): string[] => Object.keys(getEditions());
