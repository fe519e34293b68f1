import { describe, expect, it } from 'vitest';
import { parseEditions } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { problemsOf as problemsOfParse } from './content-problems';
import { editionsIn, mirrorProblems } from '$lib/content/editions';

const good = readContentFiles();
const NNBSP = '\u202f';

const problemsOf = (files: Record<string, string>) => problemsOfParse(() => parseEditions(files));

const withEdit = (file: string, edit: (text: string) => string) => {
	const edited = edit(good[file]);
	expect(edited).not.toBe(good[file]);
	return { ...good, [file]: edited };
};

describe('the editions in content/', () => {
	const editions = parseEditions(good);

	it('are English, French and German, English first', () => {
		expect(Object.keys(editions)).toEqual(['en', 'de', 'fr']);
		expect(editionsIn(good)).toEqual(['en', 'de', 'fr']);
	});

	it('share the facts: the same 18 incidents, dates and figures in every language', () => {
		const facts = (lang: string) =>
			editions[lang].incidents.map((i) => [i.id, i.date, i.category, i.figures]);
		expect(facts('fr')).toEqual(facts('en'));
		expect(facts('de')).toEqual(facts('en'));
		expect(editions.de.incidents).toHaveLength(18);
	});

	it('name each incident as the factsheet does, but word the actor it only describes in their own language', () => {
		const labels = (lang: string) => editions[lang].incidents.map((i) => i.label);
		const described = (lang: string) =>
			labels(lang)[editions.en.incidents.findIndex((i) => i.id === 'anonymous-affiliated')];
		expect(described('en')).toBe('Anonymous-affiliated');
		expect(described('fr')).toBe('Proches d’Anonymous');
		expect(described('de')).toBe('Anonymous-nahe Gruppe');
		const named = (lang: string) => labels(lang).filter((label) => label !== described(lang));
		expect(named('fr')).toEqual(named('en'));
		expect(named('de')).toEqual(named('en'));
		expect(named('en')).toHaveLength(17);
	});

	it('write each figure the way the language does, from the one number in content/incidents.yaml', () => {
		const caption = (lang: string, id: string) => editions[lang].incidents.find((i) => i.id === id)?.caption;
		expect(caption('en', 'yahoo')).toBe('3,000,000,000 accounts compromised');
		expect(caption('fr', 'yahoo')).toBe(`3${NNBSP}000${NNBSP}000${NNBSP}000 comptes compromis`);
		expect(caption('de', 'yahoo')).toBe('3.000.000.000 Konten kompromittiert');
		expect(caption('en', 'singhealth')).toBe('1,500,000 medical records lost');
		expect(caption('de', 'apt1')).toBe(
			'141 Unternehmen in 15 Ländern aus 20 wichtigen Branchen kompromittiert'
		);
	});

	it('are each in their own words: no English caption or place name left in French or German', () => {
		for (const lang of ['fr', 'de'])
			editions[lang].incidents.forEach((incident, index) => {
				const english = editions.en.incidents[index];
				if (/\p{Ll}{4}/u.test(english.caption))
					expect(incident.caption, `${lang} ${incident.id}`).not.toBe(english.caption);
			});
		expect(editions.fr.story.opening.title).toBe('Paix et stabilité dans le cyberespace');
		expect(editions.de.story.meta.title).toBe('Frieden und Stabilität im Cyberraum');
		expect(editions.fr.incidents.find((i) => i.id === 'sony-pictures')?.place).toBe('États-Unis');
		expect(editions.de.incidents.find((i) => i.id === 'sony-pictures')?.place).toBe('Vereinigte Staaten');
	});
});

describe('each edition writes its headline figures and dates its own way', () => {
	const editions = parseEditions(good);
	const headline = (lang: string) => editions[lang].headlines.map((h) => h.text);

	it('as the factsheet in English, and as French and German readers write money and percentages', () => {
		expect(headline('en')).toEqual(['67%', '$13m']);
		expect(headline('fr')).toEqual(['67\u00a0%', '13\u00a0M$']);
		expect(headline('de')).toEqual(['67\u00a0%', '13\u00a0Mio. US-Dollar']);
	});
});

describe('an edition must mirror content/en/ key for key', () => {
	it('names the file and the key of a missing key', () =>
		expect(problemsOf(withEdit('de/story.yaml', (t) => t.replace(/^ {2}kicker: .*\n/m, '')))).toContain(
			'content/de/story.yaml: "opening.kicker" is missing (content/en/story.yaml has it)'
		));

	it('names the words for an unnamed actor that a translation lacks', () =>
		expect(
			problemsOf(withEdit('fr/incidents.yaml', (t) => t.replace('  label: Proches d’Anonymous\n', '')))
		).toContain(
			'content/fr/incidents.yaml: "anonymous-affiliated.label" is missing (content/en/incidents.yaml has it)'
		));

	it('names an extra key', () =>
		expect(
			problemsOf(withEdit('de/story.yaml', (t) => t.replace(/^opening:\n/m, 'opening:\n  subtitle: Extra\n')))
		).toContain(
			'content/de/story.yaml: "opening.subtitle" is not in content/en/story.yaml (remove it, or add it to every edition)'
		));

	it('asks nothing of the other editions for a field English must drop', () =>
		expect(
			problemsOf(withEdit('en/story.yaml', (t) => t.replace(/^opening:\n/m, 'opening:\n  subtitle: Extra\n')))
		).toEqual([
			expect.stringMatching(/^content\/en\/story\.yaml: "opening", field "subtitle": not a field here/)
		]));

	it('names an empty text', () =>
		expect(
			problemsOf(withEdit('fr/story.yaml', (t) => t.replace(/^ {2}kicker: .*$/m, '  kicker: ""')))
		).toContain('content/fr/story.yaml: "opening.kicker" is empty'));

	it('names a placeholder lost in translation', () => {
		const problems = mirrorProblems(
			'story.yaml',
			'fr',
			{ a: { link: 'Poster ({sheet}, {size})' } },
			{ a: { link: 'Affiche ({sheet})' } }
		);
		expect(problems).toEqual([
			'content/fr/story.yaml: "a.link" has the placeholders {sheet}; content/en/story.yaml has {sheet} {size}'
		]);
	});

	it('names an id that a translation changed, since ids are references', () => {
		const problems = mirrorProblems(
			'story.yaml',
			'de',
			{ roles: [{ id: 'trust', title: 'Trust' }], events: [{ incidents: ['apt10'] }] },
			{ roles: [{ id: 'vertrauen', title: 'Vertrauen' }], events: [{ incidents: ['apt10'] }] }
		);
		expect(problems).toEqual([
			'content/de/story.yaml: "roles[1].id" is "vertrauen"; content/en/story.yaml has "trust" (an id, the same in every edition)'
		]);
	});

	it('names a list of another length, counting items from 1', () => {
		const problems = mirrorProblems(
			'story.yaml',
			'de',
			{ p: ['one', 'two', { t: 'x' }] },
			{ p: ['eins', 'zwei'] }
		);
		expect(problems).toEqual(['content/de/story.yaml: "p" has 2 items; content/en/story.yaml has 3']);
		expect(mirrorProblems('story.yaml', 'de', { p: [{ t: 'x' }] }, { p: [{}] })).toEqual([
			'content/de/story.yaml: "p[1].t" is missing (content/en/story.yaml has it)'
		]);
	});

	it('names a missing file', () => {
		const { ['fr/charts.yaml']: _gone, ...rest } = good;
		expect(problemsOf(rest)).toContain('content/fr/charts.yaml: the file is missing');
	});
});

describe('incident words name their figures instead of retyping them', () => {
	it('refuses a figure typed as digits', () =>
		expect(
			problemsOf(
				withEdit('en/incidents.yaml', (t) =>
					t.replace('"{records} records lost"', '143,000,000 records lost')
				)
			)
		).toContain(
			'content/en/incidents.yaml: "equifax" does not name its figure {records} in its place or caption'
		));

	it('refuses a figure the incident does not have', () =>
		expect(
			problemsOf(
				withEdit('en/incidents.yaml', (t) => t.replace(/(stuxnet:\n {2}place: )Iran/, '$1"{records} Iran"'))
			)
		).toContain(
			'content/en/incidents.yaml: "stuxnet.place" has {records}, which is not one of its figures (it has none)'
		));
});
