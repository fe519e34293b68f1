import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
	const template = 'Download the poster (PDF, {sheet}, {size})';
	type Edition = Parameters<typeof posterLink>[0];
	const edition = (lang: string, words = template) =>
		({ lang, story: { opening: { posterLink: words } } }) as unknown as Edition;
	const recordFile = (record: unknown) => {
		const file = join(mkdtempSync(join(tmpdir(), 'poster-record-')), 'poster.json');
		writeFileSync(file, JSON.stringify(record));
		return file;
	};

	it('fills the sheet and size the build recorded into the words from content', () => {
		const file = recordFile({ file: 'poster-a1.pdf', bytes: 1_234_567, label: '1.2 MB', sheet: 'A1' });
		expect(posterLink(edition('en'), file)).toEqual({
			href: '/downloads/poster-a1.pdf',
			label: 'Download the poster (PDF, A1, 1.2 MB)'
		});
	});

	it('gives the size as the edition writes it', () => {
		const file = recordFile({ file: 'poster-a1-fr.pdf', bytes: 1_234_567, label: '1.2 MB', sheet: 'A1' });
		expect(posterLink(edition('fr', 'Télécharger l’affiche (PDF, {sheet}, {size})'), file)?.label).toBe(
			'Télécharger l’affiche (PDF, A1, 1,2\u202fMo)'
		);
	});

	it('is not offered before the build has made the poster', () => {
		expect(
			posterLink(edition('en'), join(mkdtempSync(join(tmpdir(), 'poster-record-')), 'none.json'))
		).toBeUndefined();
	});

	it('refuses a record that is not one, saying what to do', () => {
		const file = recordFile({ file: '../../etc/passwd', bytes: 1, label: '1 kB', sheet: 'A1' });
		expect(() => posterLink(edition('en'), file)).toThrow(
			/is not a poster record .* Delete it and build again/
		);
	});
});
