import { describe, expect, it } from 'vitest';
import {
	colon,
	joinList,
	labelled,
	listSeparator,
	quote,
	typographyOf,
	TYPOGRAPHY
} from '$lib/content/typography';
import { citationOf } from '$lib/charts/citation';
import { parseEditions } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';

const NNBSP = '\u202f';

describe('the typography of each language', () => {
	it.each([
		['en', 'en'],
		['fr', 'fr'],
		['fr-CH', 'fr'],
		['fr-BE', 'fr'],
		['de', 'de'],
		['de-AT', 'de'],
		['de-CH', 'de-CH'],
		['pt-BR', 'en']
	])('%s is set by the row of %s', (lang, row) => expect(typographyOf(lang)).toBe(TYPOGRAPHY[row]));

	it.each([
		['en', 'OSCE: the text'],
		['de', 'OSCE: the text'],
		['fr', `OSCE${NNBSP}: the text`],
		['fr-CH', `OSCE${NNBSP}: the text`]
	])('%s puts a label before its text as "%s"', (lang, expected) => {
		expect(labelled('OSCE', 'the text', lang)).toBe(expected);
		expect(`OSCE${colon(lang)} the text`).toBe(expected);
	});

	it('takes a narrow no-break space before the semicolon of a list in French only', () => {
		expect(['a', 'b'].join(listSeparator('fr'))).toBe(`a${NNBSP}; b`);
		expect(['a', 'b'].join(listSeparator('fr-BE'))).toBe(`a${NNBSP}; b`);
		expect(['a', 'b'].join(listSeparator('de'))).toBe('a; b');
		expect(['a', 'b'].join(listSeparator('en'))).toBe('a; b');
	});
});

describe('quotation marks', () => {
	it.each([
		['en', 'Peace and Stability', '“Peace and Stability”'],
		['fr', 'Paix et stabilité', `«${NNBSP}Paix et stabilité${NNBSP}»`],
		['fr-CH', 'Paix', `«${NNBSP}Paix${NNBSP}»`],
		['de', 'Frieden', '„Frieden“'],
		['de-CH', 'Frieden', '«Frieden»']
	])('%s quotes %s as %s', (lang, text, expected) => expect(quote(text, lang)).toBe(expected));

	it.each([
		[
			'fr',
			`La «${NNBSP}boîte à outils cyberdiplomatique${NNBSP}»`,
			`«${NNBSP}La “boîte à outils cyberdiplomatique”${NNBSP}»`
		],
		['fr', `La «${NNBSP}boîte${NNBSP}» de l’UE`, `«${NNBSP}La “boîte” de l’UE${NNBSP}»`],
		['de', 'Die „Cyber Diplomacy Toolbox“', '„Die ‚Cyber Diplomacy Toolbox‘“'],
		['de-CH', 'Die «Toolbox» der EU', '«Die ‹Toolbox› der EU»'],
		['en', 'The “toolbox” in use', '“The ‘toolbox’ in use”']
	])('%s nests the quotes inside a quoted text: %s', (lang, text, expected) =>
		expect(quote(text, lang)).toBe(expected)
	);

	it('never doubles a mark at the end of a quoted quotation', () => {
		for (const lang of ['en', 'fr', 'de', 'de-CH']) {
			const [outer] = typographyOf(lang).quotes;
			const quoted = quote(quote('toolbox', lang), lang);
			expect(quoted, lang).not.toContain(outer.close.trim() + outer.close.trim());
			expect(quoted.split(outer.close.trim()), lang).toHaveLength(2);
		}
	});
});

describe('lists in running text, as Intl.ListFormat joins them', () => {
	const items = ['Sony Pictures', 'Equifax', 'Yahoo!'];

	it.each([
		['en', 'Sony Pictures, Equifax and Yahoo!'],
		['fr', 'Sony Pictures, Equifax et Yahoo!'],
		['fr-CH', 'Sony Pictures, Equifax et Yahoo!'],
		['de', 'Sony Pictures, Equifax und Yahoo!']
	])('%s: %s', (lang, expected) => expect(joinList(items, lang)).toBe(expected));

	it('joins two with the conjunction alone, and one as it is', () => {
		expect(joinList(['APT1', 'APT10'], 'de')).toBe('APT1 und APT10');
		expect(joinList(['APT1'], 'fr')).toBe('APT1');
	});

	it('lists units without a conjunction in English', () =>
		expect(joinList(['a.csv', 'a.json'], 'en', 'unit')).toBe('a.csv, a.json'));
});

describe('the citation of a chart whose title quotes', () => {
	const editions = parseEditions(readContentFiles());
	// A title that quotes a term, as the language writes it.
	const TITLES: Record<string, string> = {
		en: 'The EU’s “cyber diplomacy toolbox”',
		fr: `La «${NNBSP}boîte à outils cyberdiplomatique${NNBSP}» de l’UE`,
		de: 'Das „Instrumentarium für die Cyberdiplomatie“'
	};
	const citation = (lang: string) => {
		const { charts, chartUi } = editions[lang];
		const chart = { ...charts.find((c) => c.id === 'toolbox')!, title: TITLES[lang] };
		return citationOf(chart, chartUi, 'https://example.org', lang);
	};

	it.each([
		['fr', `«${NNBSP}`, '“boîte à outils cyberdiplomatique”'],
		['de', '„', '‚Instrumentarium für die Cyberdiplomatie‘']
	])('%s opens with %s and nests the title’s own quotes: %s', (lang, opening, term) => {
		expect(citation(lang).startsWith(opening)).toBe(true);
		expect(citation(lang)).toContain(term);
	});

	it('has no quotation mark twice in a row in any edition', () => {
		for (const lang of Object.keys(editions)) expect(citation(lang), lang).not.toMatch(/([»“”‘’])\s*\1/u);
	});
});
