import { describe, expect, it } from 'vitest';
import { formatBytes, posterLink } from '$lib/server/downloads';

describe('formatBytes', () => {
	it.each([
		[1_234_567, '1.2 MB'],
		[2_960_000, '3 MB'],
		[1_000_000, '1 MB'],
		[9_960_000, '10 MB'],
		[12_600_000, '13 MB'],
		[89_444, '89 kB'],
		[999_400, '999 kB'],
		[999_600, '1 MB'],
		[120, '1 kB']
	])('%i bytes → %s', (bytes, label) => {
		expect(formatBytes(bytes)).toBe(label);
	});
});

describe('formatBytes in each edition', () => {
	it.each([
		['fr', 1_234_567, '1,2\u202fMo'],
		['fr', 89_444, '89\u202fko'],
		['de', 1_234_567, '1,2 MB']
	])('%s: %i bytes → %s', (lang, bytes, label) => expect(formatBytes(bytes, lang)).toBe(label));
});

describe('the poster link', () => {
	type Edition = Parameters<typeof posterLink>[0];
	const edition = (lang: string, words: string) =>
		({ lang, story: { opening: { posterLink: words } } }) as unknown as Edition;

	it.each([
		[
			'en',
			'Download the poster (PDF, {sheet})',
			'/downloads/peace-and-stability-in-cyberspace-a1.pdf',
			'Download the poster (PDF, A1)'
		],
		[
			'fr',
			'Télécharger l’affiche (PDF, {sheet})',
			'/downloads/peace-and-stability-in-cyberspace-a1-fr.pdf',
			'Télécharger l’affiche (PDF, A1)'
		]
	])('%s: links its own poster file, its sheet in the words from content', (lang, words, href, label) => {
		expect(posterLink(edition(lang, words))).toEqual({ href, label });
	});
});
