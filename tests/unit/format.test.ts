import { describe, expect, it } from 'vitest';
import {
	fill,
	formatCompact,
	formatDate,
	formatFigure,
	formatHeadline,
	formatNumber
} from '$lib/content/format';

const measures = {
	accounts: 'accounts',
	records: 'records',
	companies: 'companies',
	countries: 'countries',
	industries: 'major industries',
	websites: 'websites',
	entities: 'entities and organisations'
};

describe('format', () => {
	it.each([
		['2012-06', 'Jun 2012'],
		['2013-08', 'Aug 2013'],
		['2018-11', 'Nov 2018'],
		['2013', '2013']
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
		expect(formatFigure({ measure: 'records', value: 143_000_000 }, measures)).toBe('143,000,000 records');
		expect(formatFigure({ measure: 'websites', value: 40, qualifier: 'over' }, measures)).toBe(
			'over 40 websites'
		);
	});

	it('writes the headline figures as the poster does', () => {
		expect(formatHeadline({ value: 67, unit: 'percent' })).toBe('67%');
		expect(formatHeadline({ value: 13, unit: 'usd-million' })).toBe('$13m');
	});

	it('fills known placeholders and leaves unknown ones visible', () => {
		expect(fill('{count} of {total}', { count: 6, total: 18 })).toBe('6 of 18');
		expect(fill('{missing}', {})).toBe('{missing}');
	});
});
