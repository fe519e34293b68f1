import { describe, expect, it } from 'vitest';
import {
	fill,
	formatCompact,
	formatDate,
	formatFigure,
	formatHeadline,
	formatNumber
} from '$lib/content/format';

const english = {
	lang: 'en',
	numberWords: { over: 'over {figure}', usdMillion: '${value}m' },
	measures: {
		accounts: 'accounts',
		records: 'records',
		companies: 'companies',
		countries: 'countries',
		industries: 'major industries',
		websites: 'websites',
		entities: 'entities and organisations'
	}
};
const french = {
	lang: 'fr',
	numberWords: { over: 'plus de {figure}', usdMillion: '{value}\u00a0M$' },
	measures: { ...english.measures, records: 'dossiers', websites: 'sites web' }
};
const german = {
	lang: 'de',
	numberWords: { over: 'über {figure}', usdMillion: '{value}\u00a0Mio. US-Dollar' },
	measures: { ...english.measures, records: 'Datensätze', websites: 'Websites' }
};

describe('format', () => {
	it.each([
		['2012-06', 'Jun 2012'],
		['2013-08', 'Aug 2013'],
		['2018-11', 'Nov 2018'],
		['2013', '2013'],
		['2026-12-04', '4 Dec 2026']
	])('formatDate(%s) = %s', (date, expected) => expect(formatDate(date)).toBe(expected));

	it.each([
		[3_000_000_000, '3,000,000,000'],
		[1_500_000, '1,500,000'],
		[42, '42']
	])('formatNumber(%d) = %s', (n, expected) => expect(formatNumber(n)).toBe(expected));

	it.each([
		[3_000_000_000, '3 bn'],
		[383_000_000, '383 m'],
		[143_000_000, '143 m'],
		[1_500_000, '1.5 m'],
		[141, '141']
	])('formatCompact(%d) = %s', (n, expected) => expect(formatCompact(n)).toBe(expected));

	it('writes figures as the poster does', () => {
		expect(formatFigure({ measure: 'records', value: 143_000_000 }, english)).toBe('143,000,000 records');
		expect(formatFigure({ measure: 'websites', value: 40, qualifier: 'over' }, english)).toBe(
			'over 40 websites'
		);
	});

	it('writes the headline figures as the poster does', () => {
		expect(formatHeadline({ value: 67, unit: 'percent' }, english)).toBe('67%');
		expect(formatHeadline({ value: 13, unit: 'usd-million' }, english)).toBe('$13m');
	});

	describe('in the French and German editions, as each language writes them', () => {
		it.each([
			['fr', '2012-06', 'juin 2012'],
			['fr', '2013-09', 'septembre 2013'],
			['de', '2012-06', 'Juni 2012'],
			['de', '2013', '2013'],
			['fr', '2026-12-04', '4 décembre 2026'],
			['de', '2026-12-04', '4. Dezember 2026'],
			['fr', '2017-05-01', '1er mai 2017'],
			['de', '2017-05-01', '1. Mai 2017']
		])('formatDate(%s, %s) = %s', (lang, date, expected) => expect(formatDate(date, lang)).toBe(expected));

		it('groups digits with narrow no-break spaces in French and dots in German', () => {
			expect(formatNumber(3_000_000_000, 'fr')).toBe('3\u202f000\u202f000\u202f000');
			expect(formatNumber(3_000_000_000, 'de')).toBe('3.000.000.000');
		});

		it('writes the short forms of the chart labels', () => {
			expect(formatCompact(3_000_000_000, 'fr')).toBe('3\u00a0Md');
			expect(formatCompact(1_500_000, 'fr')).toBe('1,5\u00a0M');
			expect(formatCompact(383_000_000, 'de')).toBe('383\u00a0Mio.');
		});

		it("puts the edition's words around figures and headline numbers", () => {
			expect(formatFigure({ measure: 'websites', value: 40, qualifier: 'over' }, french)).toBe(
				'plus de 40 sites web'
			);
			expect(formatFigure({ measure: 'records', value: 143_000_000 }, german)).toBe('143.000.000 Datensätze');
			expect(formatHeadline({ value: 67, unit: 'percent' }, french)).toBe('67\u00a0%');
			expect(formatHeadline({ value: 67, unit: 'percent' }, german)).toBe('67\u00a0%');
			expect(formatHeadline({ value: 13, unit: 'usd-million' }, french)).toBe('13\u00a0M$');
			expect(formatHeadline({ value: 13, unit: 'usd-million' }, german)).toBe('13\u00a0Mio. US-Dollar');
		});
	});

	it('fills known placeholders and leaves unknown ones visible', () => {
		expect(fill('{count} of {total}', { count: 6, total: 18 })).toBe('6 of 18');
		expect(fill('{missing}', {})).toBe('{missing}');
	});
});
