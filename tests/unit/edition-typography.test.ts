/**
 * Each edition's words are set as its language sets them ($lib/content/typography): its
 * apostrophe, and in French a narrow no-break space before : ; ? and inside « »; and in
 * every edition a figure is not left at a line's end without its scale word ("3 / billion").
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editionsIn, TEXT_FILES } from '$lib/content/editions';
import { typographyOf } from '$lib/content/typography';
import { readContentFiles } from '$lib/server/content';

const files = readContentFiles();

/** Every text of a words file, with where it is ("story.yaml: opening.title"). */
function textsOf(file: string): [string, string][] {
	const found: [string, string][] = [];
	const walk = (value: unknown, path: string) => {
		if (typeof value === 'string') found.push([`${file}: ${path}`, value]);
		else if (value && typeof value === 'object')
			for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
	};
	walk(parse(files[file]), '');
	return found;
}

const texts = (lang: string) => TEXT_FILES.flatMap((name) => textsOf(`${lang}/${name}`));
const NNBSP = '\u202f';

describe.each(editionsIn(files))('the %s words', (lang) => {
	const typography = typographyOf(lang);

	it('use the language’s apostrophe', () => {
		const straight = texts(lang).filter(([, text]) => text.includes("'") && typography.apostrophe !== "'");
		expect(straight).toEqual([]);
	});

	it('space their punctuation as the language does', () => {
		const wrong = texts(lang).filter(([, text]) =>
			typography.beforePunctuation === NNBSP
				? // A word space or none where the narrow one belongs (a name such as Yahoo! keeps its own "!").
					/[ \u00a0][:;?»]|«[ \u00a0]|\p{L}[;?»]|«\p{L}|\p{L}: /u.test(text)
				: /\p{L}[ \u00a0\u202f][:;?]/u.test(text)
		);
		expect(wrong).toEqual([]);
	});

	it('keep a figure with the scale word after it, by a no-break space', () => {
		const apart = texts(lang).filter(([, text]) =>
			/\d[ \n](billion|million|milliard|Mio\.|Mrd\.)/iu.test(text)
		);
		expect(apart).toEqual([]);
	});
});
