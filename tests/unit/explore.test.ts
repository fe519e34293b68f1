import { describe, expect, it } from 'vitest';
import { exploreIncidents, placesOf, type ExploreQuery } from '$lib/client/explore';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';

const { incidents } = parseContent(readContentFiles());
const ids = (query: Partial<ExploreQuery>) =>
	exploreIncidents(incidents, { threat: '', place: '', sort: 'date', ...query }).map((i) => i.id);

describe('exploring the incidents', () => {
	it.each<[string, Partial<ExploreQuery>, string[]]>([
		['breaches by date', { threat: 'breach' }, ['yahoo', 'equifax', 'singhealth', 'marriott']],
		['breaches by size', { threat: 'breach', sort: 'size' }, ['yahoo', 'marriott', 'equifax', 'singhealth']],
		['Ukraine', { place: 'Ukraine' }, ['blackenergy', 'wannacry-notpetya']],
		[
			'hacktivism in the United States',
			{ threat: 'hacktivism', place: 'United States' },
			['anonymous-affiliated']
		],
		['nothing matches', { threat: 'espionage', place: 'Iran' }, []]
	])('%s', (_name, query, expected) => expect(ids(query)).toEqual(expected));

	it('lists all 18 by date, Stuxnet first and Marriott last', () => {
		const all = ids({});
		expect(all).toHaveLength(18);
		expect(all[0]).toBe('stuxnet');
		expect(all.at(-1)).toBe('marriott');
	});

	it('puts incidents without a figure after those with one when sorting by size', () => {
		const bySize = exploreIncidents(incidents, { threat: '', place: '', sort: 'size' });
		const firstWithout = bySize.findIndex((i) => i.figures.length === 0);
		expect(bySize.slice(firstWithout).every((i) => i.figures.length === 0)).toBe(true);
	});

	it('offers each place once', () => {
		const places = placesOf(incidents);
		expect(places).toContain('Iran');
		expect(new Set(places).size).toBe(places.length);
	});

	it('lists places in the alphabetical order of the edition’s language', () => {
		const french = [{ place: 'Venezuela' }, { place: 'États-Unis' }, { place: 'Allemagne' }];
		expect(placesOf(french, 'fr')).toEqual(['Allemagne', 'États-Unis', 'Venezuela']);
	});
});
