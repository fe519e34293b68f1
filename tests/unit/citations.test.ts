/**
 * Citations are data: one item each in content/citations.yaml, written in one form on every
 * surface; every note has its sources; every incident a government or court attributed carries
 * its attribution line, in every edition, and the others say no one did.
 */
import { describe, expect, it } from 'vitest';
import { parseContent, parseEditions } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { formatLongDate } from '$lib/content/format';
import { problemsOf as problemsOfParse } from './content-problems';

const good = readContentFiles();
const problemsOf = (files: Record<string, string>) => problemsOfParse(() => parseEditions(files));

/** The real content with one file's text changed by `edit` (which must change something). */
function withEdit(file: string, edit: (text: string) => string) {
	const edited = edit(good[file]);
	expect(edited).not.toBe(good[file]);
	return { ...good, [file]: edited };
}

describe('a citation is one item with its date', () => {
	const english = parseContent(good);
	const stuxnet = english.incidents.find((i) => i.id === 'stuxnet')!;

	it('prints publisher, title and date as one line, with its address', () => {
		expect(stuxnet.sources).toEqual([
			{
				id: 'nyt-stuxnet-2012',
				text: 'The New York Times, “Obama Order Sped Up Wave of Cyberattacks Against Iran”, 1 June 2012',
				url: 'https://www.nytimes.com/2012/06/01/world/middleeast/obama-ordered-wave-of-cyberattacks-against-iran.html'
			}
		]);
	});

	it('gives an EU act its official title in each edition', () => {
		const editions = parseEditions(good);
		const framework = (lang: string) =>
			editions[lang].events.find((e) => e.date === '2019-05')!.sources.map((s) => s.text);
		expect(framework('en')).toContain(
			'Council of the European Union, “Council Decision (CFSP) 2019/797 of 17 May 2019 concerning restrictive measures against cyber-attacks threatening the Union or its Member States”, 17 May 2019'
		);
		expect(framework('de').join()).toContain('„Beschluss (GASP) 2019/797 des Rates vom 17. Mai 2019');
		expect(framework('fr').join()).toContain('Décision (PESC) 2019/797 du Conseil du 17 mai 2019');
	});

	it('refuses a citation typed into the words, where a comma would split it from its date', () => {
		const files = withEdit('en/incidents.yaml', (t) =>
			t.replace(/(stuxnet:\n(?: {2}.*\n)+?)( {2}note:)/, '$1  sources: [New York Times, 1 June 2012]\n$2')
		);
		expect(problemsOf(files).join('\n')).toMatch(
			/content\/en\/incidents\.yaml: "stuxnet".*expected place, caption, .*a note and an attribution/
		);
	});

	it('refuses a note source that is not one citation of citations.yaml', () => {
		const files = withEdit('incidents.yaml', (t) =>
			t.replace('sources: [nyt-stuxnet-2012]', 'sources: [New York Times, 1 June 2012]')
		);
		expect(problemsOf(files).join('\n')).toMatch(
			/content\/incidents\.yaml: item 1 \(id "stuxnet"\), field "sources".*expected an id/
		);
	});

	it('refuses a citation without its date, naming the citation', () => {
		const files = withEdit('citations.yaml', (t) =>
			t.replace(/(id: nyt-stuxnet-2012\n(?: {2}.*\n)*?) {2}date: "2012-06-01"\n/, '$1')
		);
		expect(problemsOf(files).join('\n')).toMatch(
			/content\/citations\.yaml: item 1 \(id "nyt-stuxnet-2012"\)/
		);
	});

	it('cites a living page with no date of its own as read, in each edition', () => {
		const editions = parseEditions(good);
		const apt1 = (lang: string) => editions[lang].incidents.find((i) => i.id === 'apt1')!.sources;
		expect(apt1('en')).toContainEqual({
			id: 'cfr-tracker-pla-61398',
			text: 'Council on Foreign Relations, “Cyber Operations Tracker: PLA Unit 61398”, retrieved 7 December 2026',
			url: 'https://cfr.org/interactive/cyber-operations/pla-unit-61398'
		});
		expect(apt1('fr').map((s) => s.text)).toContain(
			'Council on Foreign Relations, «\u202fCyber Operations Tracker: PLA Unit 61398\u202f», consulté le 7 décembre 2026'
		);
		expect(apt1('de').map((s) => s.text)).toContain(
			'Council on Foreign Relations, „Cyber Operations Tracker: PLA Unit 61398“, abgerufen am 7. Dezember 2026'
		);
	});

	it('refuses a citation with both a date and an accessed date', () => {
		const files = withEdit('citations.yaml', (t) =>
			t.replace('  accessed: "2026-12-07"\n', '  accessed: "2026-12-07"\n  date: "2019-01"\n')
		);
		expect(problemsOf(files).join('\n')).toMatch(
			/content\/citations\.yaml: .*either a date or, for a page with none, accessed/
		);
	});

	it('refuses a reading date that is not a day, naming the citation', () => {
		for (const accessed of ['2026-12', '2026-02-31']) {
			const files = withEdit('citations.yaml', (t) =>
				t.replace('  accessed: "2026-12-07"\n', `  accessed: "${accessed}"\n`)
			);
			expect(problemsOf(files).join('\n'), accessed).toMatch(
				/content\/citations\.yaml: item \d+ \(id "cfr-tracker-pla-61398"\), field "accessed": expected a (date "YYYY-MM-DD"|day the month has)/
			);
		}
	});

	it('writes dates in each language’s long form', () => {
		expect(formatLongDate('2012-06-01')).toBe('1 June 2012');
		expect(formatLongDate('2012-06-01', 'fr')).toBe('1er juin 2012');
		expect(formatLongDate('2012-06-01', 'fr-BE'), 'a regional French edition').toBe('1er juin 2012');
		expect(formatLongDate('2012-06-11', 'fr')).toBe('11 juin 2012');
		expect(formatLongDate('2012-06-01', 'de')).toBe('1. Juni 2012');
		expect(formatLongDate('2013-02', 'en')).toBe('February 2013');
	});
});

describe('every note has a source', () => {
	it('in the real content: each note cites at least one document', () => {
		for (const content of Object.values(parseEditions(good)))
			for (const incident of content.incidents.filter((i) => i.note))
				expect(incident.sources.length, `${content.lang} ${incident.id}`).toBeGreaterThan(0);
	});

	it('refuses a note whose sources are taken away', () => {
		const files = withEdit('incidents.yaml', (t) =>
			t.replace(/(id: dnc\n(?: {2}.*\n)*?) {2}sources: \[[^\]]+\]/, '$1  sources: []')
		);
		expect(problemsOf(files)).toContain(
			'content/incidents.yaml: "dnc" has a note in content/en/incidents.yaml but no sources (add the citations behind it)'
		);
	});
});

describe('every incident says who attributed it', () => {
	const editions = parseEditions(good);
	const facts = parseContent(good).incidents;
	const attributed = [
		'sony-pictures',
		'apt1',
		'blackenergy',
		'apt28',
		'dnc',
		'wannacry-notpetya',
		'equifax',
		'apt10',
		'olympicdestroyer'
	];

	it('the state-attributed incidents, from the record', () =>
		expect(facts.filter((i) => i.attribution.sources.length).map((i) => i.id)).toEqual(
			facts.filter((i) => attributed.includes(i.id)).map((i) => i.id)
		));

	it.each(Object.keys(editions))('in %s: a line with its sources, or that no one did', (lang) => {
		const { incidents, story } = editions[lang];
		for (const incident of incidents) {
			if (attributed.includes(incident.id)) {
				expect(incident.attribution.text, incident.id).not.toBe(story.labels.notAttributed);
				expect(incident.attribution.sources.length, incident.id).toBeGreaterThan(0);
			} else expect(incident.attribution.text, incident.id).toBe(story.labels.notAttributed);
		}
	});

	it('refuses an attributed incident without its line in an edition', () => {
		const files = withEdit('de/incidents.yaml', (t) =>
			t.replace(/(sony-pictures:\n(?: {2}.*\n)*?) {2}attribution: >-\n(?: {4}.*\n)+/, '$1')
		);
		expect(problemsOf(files).join('\n')).toMatch(
			/content\/de\/incidents\.yaml: "sony-pictures\.attribution" is missing/
		);
	});

	it('refuses a line where no one is cited as having attributed it', () => {
		const files = withEdit('en/incidents.yaml', (t) =>
			t.replace(
				'  caption: Hacking of Mashhad international airport system\n',
				(line) => `${line}  attribution: Claimed by the group.\n`
			)
		);
		expect(problemsOf(files)).toContain(
			'content/en/incidents.yaml: "tapandegan" has an attribution line, but content/incidents.yaml cites no one who attributed it'
		);
	});
});
