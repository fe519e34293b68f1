import { describe, expect, it } from 'vitest';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { problemsOf as problemsOfParse } from './content-problems';
import { INCIDENT_CSV_COLUMNS } from '$lib/content/incident-data';

const good = readContentFiles();

/** The real content with one file's text changed by `edit`. */
function withEdit(file: string, edit: (text: string) => string) {
	return { ...good, [file]: edit(good[file]) };
}

const problemsOf = (files: Record<string, string>) => problemsOfParse(() => parseContent(files));

describe('the real content', () => {
	const content = parseContent(good);

	it('holds the poster’s 18 incidents, four threats and seven toolbox instruments', () => {
		expect(content.incidents).toHaveLength(18);
		expect(content.threats.map((t) => t.id)).toEqual(['breach', 'conflict', 'hacktivism', 'espionage']);
		expect(content.story.eu.toolbox.items).toHaveLength(7);
		expect(content.story.eu.norms.items).toHaveLength(3);
	});

	it('spells the names as the poster does, not as the text extraction broke them', () => {
		const labels = content.incidents.map((i) => i.label);
		expect(labels).toContain('Tapandegan');
		expect(labels).toContain('SingHealth');
		expect(labels).toContain('Anonymous-affiliated');
		expect(content.incidents.find((i) => i.id === 'tapandegan')?.caption).toContain('Mashhad');
		expect(JSON.stringify(content)).not.toMatch(/Taoabdegan|Mahshad|SinghHealth|highlevel|IS PROMOTES/);
	});

	it('keeps the poster’s figures and dates', () => {
		const byId = Object.fromEntries(content.incidents.map((i) => [i.id, i]));
		expect(byId.yahoo.figures[0]).toEqual({ measure: 'accounts', value: 3_000_000_000 });
		expect(byId.marriott.figures[0].value).toBe(383_000_000);
		expect(byId.equifax.figures[0].value).toBe(143_000_000);
		expect(byId.singhealth.figures[0].value).toBe(1_500_000);
		expect(byId.apt1.figures.map((f) => f.value)).toEqual([141, 15, 20]);
		expect(byId.apt10.figures.map((f) => f.value)).toEqual([42, 12, 20]);
		expect(byId.stuxnet).toMatchObject({ year: 2012, month: 6, precision: 'month', country: 'IR' });
		expect(byId.apt28).toMatchObject({ year: 2016, month: null, precision: 'year' });
	});

	it('carries the twelve notes where the public record differs', () => {
		expect(content.incidents.filter((i) => i.note).map((i) => i.id)).toHaveLength(12);
	});

	it('builds the poster’s data line in the poster’s order', () => {
		expect(content.dataLine).toBe(
			'FireEye 2019; CrowdStrike 2018; Breach Level Index 2019; Council on Foreign Relations 2019'
		);
	});
});

describe('bad content is refused with the file, the item and the field', () => {
	const cases: [string, Record<string, string>, RegExp][] = [
		[
			'a YAML syntax error',
			withEdit('incidents.yaml', (t) => t.replace('- id: stuxnet', '- id: [stuxnet')),
			/content\/incidents\.yaml: YAML syntax error at line \d+/
		],
		[
			'a missing file',
			(() => {
				const { ['en/story.yaml']: _gone, ...rest } = good;
				return rest;
			})(),
			/content\/en\/story\.yaml: the file is missing/
		],
		[
			'a required field removed',
			withEdit('incidents.yaml', (t) => t.replace('  label: Equifax\n', '')),
			/content\/incidents\.yaml: item 12 \(id "equifax"\), field "label": missing, and content\/en\/incidents\.yaml gives none/
		],
		[
			'an unknown threat category',
			withEdit('incidents.yaml', (t) => t.replace(/(id: yahoo[\s\S]*?category: )breach/, '$1cybercrime')),
			/content\/incidents\.yaml: item 2 \(id "yahoo"\), field "category": unknown threat category "cybercrime"/
		],
		[
			'a duplicate id',
			withEdit('incidents.yaml', (t) => t.replace('- id: marriott', '- id: yahoo')),
			/content\/incidents\.yaml: item 18: duplicate id "yahoo"/
		],
		[
			'a malformed date',
			withEdit('incidents.yaml', (t) => t.replace('date: "2014-11"', 'date: "Nov 2014"')),
			/content\/incidents\.yaml: item 3 \(id "sony-pictures"\), field "date": expected a date "YYYY" or "YYYY-MM"/
		],
		[
			'a date that YAML reads as a number',
			withEdit('incidents.yaml', (t) =>
				t.replace('date: "2013"\n  category: espionage', 'date: 2013\n  category: espionage')
			),
			/item 4 \(id "apt1"\), field "date": expected a date in quotes/
		],
		[
			'a figure that is not a number',
			withEdit('incidents.yaml', (t) => t.replace('value: 143000000', 'value: 143 million')),
			/item 12 \(id "equifax"\), field "figures", item 1, field "value": expected a number \(got "143 million"\)/
		],
		[
			'a name given twice, in the facts and in the words',
			withEdit('en/incidents.yaml', (t) => t.replace('equifax:\n', 'equifax:\n  label: Equifax Inc.\n')),
			/content\/en\/incidents\.yaml: "equifax\.label" is "Equifax Inc\.", but content\/incidents\.yaml names it "Equifax", the same in every edition \(keep one\)/
		],
		[
			'an incident without its text',
			withEdit('en/incidents.yaml', (t) => t.replace(/^equifax:\n( {2}.*\n)+/m, '')),
			/content\/en\/incidents\.yaml: no entry for incident "equifax"/
		],
		[
			'a step that focuses an unknown incident',
			withEdit('steps.yaml', (t) => t.replace('focus: dnc', 'focus: dnk')),
			/content\/steps\.yaml: timeline, step 11 \(id "dnc"\), field "focus": unknown id "dnk"/
		],
		[
			'a step field its chart does not read',
			withEdit('steps.yaml', (t) =>
				t.replace('  - id: all\nbreaches:', '  - id: all\n    through: 2015\nbreaches:')
			),
			/content\/steps\.yaml: threats, step 5 \(id "all"\), field "through": the threats chart has no use for it/
		],
		[
			'a toolbox step that names no rung',
			withEdit('steps.yaml', (t) => t.replace('focus: restrictive-measures }', 'focus: sanctions }')),
			/content\/steps\.yaml: toolbox, step 8 \(id "first-use"\), field "focus": unknown id "sanctions"/
		],
		[
			'a step without its words',
			withEdit('en/story.yaml', (t) => t.replace('    hairline: >-', '    hairlines: >-')),
			/content\/en\/story\.yaml \(scale\.steps\): no entry for step "hairline"/
		],
		[
			'a threat colour that is not a colour',
			withEdit('threats.yaml', (t) => t.replace('light: "#0072B2"', 'light: blue')),
			/content\/threats\.yaml: item 2 \(id "conflict"\), field "colour", field "light": expected a colour "#rrggbb"/
		],
		[
			'an incident’s words without its place',
			withEdit('en/incidents.yaml', (t) =>
				t.replace('  place: Ukraine\n  caption: Loss of power', '  caption: Loss of power')
			),
			/content\/en\/incidents\.yaml: "blackenergy", field "place": required, but it is missing$/m
		],
		[
			'a threat without its colours',
			withEdit('threats.yaml', (t) => t.replace('  colour: { light: "#0072B2", dark: "#56B4E9" }\n', '')),
			/content\/threats\.yaml: item 2 \(id "conflict"\), field "colour": required, but it is missing$/m
		],
		[
			'a misspelt field, which would otherwise be dropped with what it says',
			withEdit('incidents.yaml', (t) => t.replace('qualifier: over', 'qualifer: over')),
			/content\/incidents\.yaml: item \d+ \(id "[a-z0-9-]+"\), field "figures", item 1, field "qualifer": not a field here: expected only measure, value, qualifier$/m
		],
		[
			'a field an edition’s words do not have',
			withEdit('en/story.yaml', (t) => t.replace(/^cost:\n/m, 'cost:\n  subtitle: What it costs\n')),
			/content\/en\/story\.yaml: "cost", field "subtitle": not a field here: expected only heading, paragraphs, kinds$/m
		],
		[
			'an empty caption',
			withEdit('en/incidents.yaml', (t) =>
				t.replace('caption: Loss of power for several hours', 'caption: ""')
			),
			/content\/en\/incidents\.yaml: "blackenergy", field "caption": expected text, got nothing/
		]
	];

	it.each(cases)('%s', (_name, files, expected) => {
		const problems = problemsOf(files);
		expect(problems.join('\n')).toMatch(expected);
	});

	it('names every problem at once, not only the first', () => {
		const files = withEdit('incidents.yaml', (t) =>
			t.replace('date: "2014-11"', 'date: "Nov 2014"').replace('value: 141', 'value: many')
		);
		expect(problemsOf(files)).toHaveLength(2);
	});

	it.each([
		[
			'an edition’s words',
			withEdit('en/story.yaml', (t) =>
				t.replace(/^cost:\n/m, 'cost:\n  subtitle: What it costs\n  heading2: Costs\n')
			),
			[
				'content/en/story.yaml: "cost", field "subtitle": not a field here: expected only heading, paragraphs, kinds',
				'content/en/story.yaml: "cost", field "heading2": not a field here: expected only heading, paragraphs, kinds'
			]
		],
		[
			'a step, which says which of its fields are optional',
			withEdit('steps.yaml', (t) =>
				t.replace('focus: dnc\n', 'focus: dnc\n    highlite: dnc\n    scales: log\n')
			),
			['highlite', 'scales'].map(
				(field) =>
					`content/steps.yaml: "timeline", item 11 (id "dnc"), field "${field}": not a field here: expected only id, through, highlight, focus and scale`
			)
		]
	])('names every field %s does not know, not only the first', (_name, files, expected) => {
		expect(problemsOf(files)).toEqual(expected);
	});
});

describe('content/en/data.yaml describes exactly the incident CSV’s columns, in its order', () => {
	it('describes each of them today, in the CSV’s order', () =>
		expect(Object.keys(parseContent(good).data.columns)).toEqual([...INCIDENT_CSV_COLUMNS]));

	const cases: [string, (text: string) => string, string][] = [
		[
			'a column without its description',
			(t) => t.replace(/^ {2}note: .*\n/m, ''),
			'content/en/data.yaml (columns): no description for the CSV column "note" (add "note:")'
		],
		[
			'a description of a column the CSV does not have',
			(t) => t.replace(/^ {2}note_sources: .*\n/m, (line) => `${line}  note_url: Where the note is from\n`),
			'content/en/data.yaml (columns): "note_url" is not a column of /data/incidents.csv (its columns are id, label, threat_id, '
		],
		[
			'two columns the other way round',
			(t) => t.replace(/^( {2}threat_id: .*\n)( {2}threat: .*\n)/m, '$2$1'),
			`content/en/data.yaml (columns): "threat" is out of order: list the columns in the CSV's order, which has "threat_id" here (id, label, threat_id, threat, `
		]
	];

	it.each(cases)('refuses %s, naming the file and the column', (_name, edit, message) => {
		const files = withEdit('en/data.yaml', edit);
		expect(files['en/data.yaml']).not.toBe(good['en/data.yaml']);
		const problems = problemsOf(files);
		expect(problems).toHaveLength(1);
		expect(problems[0].startsWith(message), problems[0]).toBe(true);
	});
});
