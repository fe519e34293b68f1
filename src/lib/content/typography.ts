/**
 * How each language sets the punctuation that code puts between words: the space before
 * : ; ! ?, quotation marks at two depths, and lists. One table keyed by language; a
 * regional edition (fr-CH, fr-BE) takes its language's row unless it has one of its own,
 * and a language with no row is set as English is.
 */

export interface Typography {
	/** What stands between a word and a following : ; ! ? (French: a narrow no-break space). */
	beforePunctuation: string;
	/** Quotation marks, outer then nested, each with the spaces that go inside them. */
	quotes: readonly [Quotes, Quotes];
	/** The apostrophe its words are written with. */
	apostrophe: string;
	/** The locale Intl.ListFormat writes lists in, where it is not the language's own. */
	listLocale?: string;
	/** How a date writes the first of the month, where not as a plain 1 (French: 1er juin). */
	firstOfMonth?: string;
}

type Quotes = { open: string; close: string };

const NNBSP = '\u202f';

/** The rows. Swiss German has its own quotes («…», nested ‹…›, with no spaces inside). */
export const TYPOGRAPHY: Readonly<Record<string, Typography>> = {
	en: {
		beforePunctuation: '',
		quotes: [
			{ open: '“', close: '”' },
			{ open: '‘', close: '’' }
		],
		apostrophe: '’',
		// The editions write English as in the UK: "a, b and c", without the serial comma.
		listLocale: 'en-GB'
	},
	fr: {
		beforePunctuation: NNBSP,
		quotes: [
			{ open: `«${NNBSP}`, close: `${NNBSP}»` },
			{ open: '“', close: '”' }
		],
		apostrophe: '’',
		firstOfMonth: '1er'
	},
	de: {
		beforePunctuation: '',
		quotes: [
			{ open: '„', close: '“' },
			{ open: '‚', close: '‘' }
		],
		apostrophe: '’'
	},
	'de-CH': {
		beforePunctuation: '',
		quotes: [
			{ open: '«', close: '»' },
			{ open: '‹', close: '›' }
		],
		apostrophe: '’'
	}
};

/** The row of a language: its own (`fr-CH`), else its language's (`fr`), else English's. */
export function typographyOf(lang: string): Typography {
	return TYPOGRAPHY[lang] ?? TYPOGRAPHY[lang.split('-')[0]] ?? TYPOGRAPHY.en;
}

/** What ends a label before its text: ":", in French with a narrow no-break space before it. */
export const colon = (lang: string): string => `${typographyOf(lang).beforePunctuation}:`;

/** A label and its text: "OSCE: …" (`fr` "OSCE\u202f: …"). */
export const labelled = (label: string, text: string, lang: string): string =>
	`${label}${colon(lang)} ${text}`;

/**
 * What joins items that may hold commas of their own (citations, figures): "; ", in French
 * with a narrow no-break space before it.
 */
export const listSeparator = (lang: string): string => `${typographyOf(lang).beforePunctuation}; `;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A quotation mark with the spaces beside it, so that French « … » loses its inner spaces too. */
const markIn = (mark: string) => new RegExp(`\\s*${escape(mark.trim())}\\s*`, 'gu');
/** The word space that stood before an opening mark, or after a closing one, stays a word space. */
const spaceIf = (found: boolean) => (found ? ' ' : '');

/**
 * A text in the language's quotation marks. Quotation marks already in it move one depth in,
 * so a quoted title stays readable: `fr` « La “boîte à outils” », not « La « boîte à outils » ».
 */
export function quote(text: string, lang: string): string {
	const [outer, inner] = typographyOf(lang).quotes;
	const nested = text
		.replace(markIn(outer.open), (m) => spaceIf(/^\s/.test(m)) + inner.open)
		.replace(markIn(outer.close), (m) => inner.close + spaceIf(/\s$/.test(m)));
	return `${outer.open}${nested}${outer.close}`;
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Items in running text, as the language joins them (Intl.ListFormat): "a, b and c", `fr`
 * "a, b et c", `de` "a, b und c"; `unit` leaves out the "and" ("a, b, c").
 */
export function joinList(
	items: string[],
	lang: string,
	type: 'conjunction' | 'unit' = 'conjunction'
): string {
	const locale = typographyOf(lang).listLocale ?? lang;
	const key = `${locale}:${type}`;
	let format = listFormats.get(key);
	if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { type, style: 'long' })));
	return format.format(items);
}
