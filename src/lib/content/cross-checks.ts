/**
 * The rules between content files, run once every file has its schema's shape: no id twice,
 * every reference to a threat, source or incident names one that exists, every id has its
 * words, every scroller's steps name what its chart draws. Each rule adds problems, naming
 * the file, the item and the field, so an editor sees them all at once.
 */
import type * as S from './schema.ts';
import { CHART_IDS } from './charts.ts';
import { noDuplicateIds, sameKeys, describesCsvColumns, headsTableColumns, mustBeOneOf } from './checks.ts';
import { checkScrollers } from './scrollers.ts';
import { CONTINENTS, UNPLACED } from './continents.ts';
import { figuresInWords } from './figures-in-words.ts';

/** One edition's files, each valid on its own. */
export interface ParsedFiles {
	threats: S.ThreatFacts[];
	incidents: S.IncidentFacts[];
	sources: S.Source[];
	citations: S.Citation[];
	figures: S.HeadlineFigure[];
	steps: S.Steps;
	threatText: Record<string, S.ThreatText>;
	incidentText: Record<string, S.IncidentText>;
	story: S.Story;
	charts: S.Charts;
	data: S.DataText;
}

/** Adds to problems every rule between the files the edition breaks; F names the files. */
export function crossCheck(
	F: Record<keyof ParsedFiles, string>,
	{
		threats,
		incidents,
		sources,
		citations,
		figures,
		steps,
		threatText,
		incidentText,
		story,
		charts,
		data
	}: ParsedFiles,
	problems: string[]
): void {
	noDuplicateIds(F.threats, threats, problems);
	noDuplicateIds(F.incidents, incidents, problems);
	noDuplicateIds(F.sources, sources, problems);
	noDuplicateIds(F.figures, figures, problems);
	noDuplicateIds(F.citations, citations, problems);

	const threatIds = threats.map((t) => t.id);
	const incidentIds = incidents.map((i) => i.id);
	itemsRefer(F.incidents, incidents, 'category', threatIds, 'threat category', problems);
	const citationIds = citations.map((c) => c.id);
	for (const field of ['sources', 'attribution'] as const)
		listsRefer(F.incidents, incidents, field, citationIds, problems);
	listsRefer(F.figures, figures, 'sources', citationIds, problems);
	citedAsTheyAre(F, { incidents, incidentText, citations, story }, problems);
	checkScrollers(
		F,
		steps,
		story,
		{
			threats: threatIds,
			incidents: incidentIds,
			breaches: incidents.filter((i) => i.category === 'breach').map((i) => i.id),
			campaigns: incidents.filter((i) => i.figures.some((f) => f.measure === 'companies')).map((i) => i.id),
			measures: ['companies', 'countries', 'industries'],
			rungs: story.eu.toolbox.items.map((item) => item.id),
			regions: [...Object.keys(CONTINENTS), UNPLACED]
		},
		problems
	);
	// Each event's sources name citations and its incidents name incidents.
	const eventLinks = [
		['sources', citationIds, 'citation'],
		['incidents', incidentIds, 'incident']
	] as const;
	story.afterwards.events.forEach((event, index) =>
		eventLinks.forEach(([field, known, kind]) =>
			event[field].forEach((id) =>
				mustBeOneOf(F.story, `afterwards, event ${index + 1}, field "${field}"`, id, known, kind, problems)
			)
		)
	);
	sameKeys(F.threatText, threatIds, threatText, 'threat', problems);
	sameKeys(F.incidentText, incidentIds, incidentText, 'incident', problems);
	namedOnce(F, incidents, incidentText, problems);
	figuresInWords(F.incidentText, incidents, incidentText, problems);
	sameKeys(
		F.story + ' (headlines)',
		figures.map((f) => f.id),
		story.headlines,
		'headline figure',
		problems
	);
	sameKeys(F.charts + ' (charts)', [...CHART_IDS], charts.charts, 'chart', problems);
	headsTableColumns(F.charts, charts.tables, problems);
	describesCsvColumns(F.data, data.columns, problems);
}

/** Each item's `field` must be one of the ids of `allowed`; a problem names the item by its place and id. */
function itemsRefer<K extends string>(
	file: string,
	items: ({ id: string } & Record<K, string>)[],
	field: K,
	allowed: string[],
	what: string,
	problems: string[]
): void {
	items.forEach((item, index) =>
		mustBeOneOf(
			file,
			`item ${index + 1} (id "${item.id}"), field "${field}"`,
			item[field],
			allowed,
			what,
			problems
		)
	);
}

/**
 * Every incident has one label: the factsheet's name in the facts, the same in every edition, or,
 * where the factsheet describes the actor instead ("Anonymous-affiliated"), each edition's words.
 */
function namedOnce(
	F: Record<keyof ParsedFiles, string>,
	incidents: S.IncidentFacts[],
	incidentText: Record<string, S.IncidentText>,
	problems: string[]
): void {
	incidents.forEach((incident, index) => {
		const words = incidentText[incident.id];
		if (!words) return; // sameKeys has said so
		if (incident.label === undefined && words.label === undefined)
			problems.push(
				`content/${F.incidents}: item ${index + 1} (id "${incident.id}"), field "label": missing, and content/${F.incidentText} gives none (a name goes here; words for an unnamed actor go in every edition)`
			);
		else if (incident.label !== undefined && words.label !== undefined)
			problems.push(
				`content/${F.incidentText}: "${incident.id}.label" is "${words.label}", but content/${F.incidents} names it "${incident.label}", the same in every edition (keep one)`
			);
	});
}

/** Each id in each item's list `field` must be a citation. */
function listsRefer<K extends string>(
	file: string,
	items: ({ id: string } & Record<K, string[]>)[],
	field: K,
	citationIds: string[],
	problems: string[]
): void {
	items.forEach((item, index) =>
		item[field].forEach((ref) =>
			mustBeOneOf(
				file,
				`item ${index + 1} (id "${item.id}"), field "${field}"`,
				ref,
				citationIds,
				'citation',
				problems
			)
		)
	);
}

/**
 * Every note has its sources and every source its note; an incident that someone attributed has its
 * attribution line in the words, and one nobody attributed has none (the card says so); an untitled
 * citation's kind has its words.
 */
function citedAsTheyAre(
	F: Record<keyof ParsedFiles, string>,
	{
		incidents,
		incidentText,
		citations,
		story
	}: Pick<ParsedFiles, 'incidents' | 'incidentText' | 'citations' | 'story'>,
	problems: string[]
): void {
	for (const incident of incidents) {
		const words = incidentText[incident.id];
		if (!words) continue;
		const at = `"${incident.id}"`;
		if (words.note && !incident.sources.length)
			problems.push(
				`content/${F.incidents}: ${at} has a note in content/${F.incidentText} but no sources (add the citations behind it)`
			);
		if (!words.note && incident.sources.length)
			problems.push(
				`content/${F.incidents}: ${at} has sources but content/${F.incidentText} gives it no note`
			);
		if (incident.attribution.length && !words.attribution)
			problems.push(
				`content/${F.incidentText}: ${at} has no attribution line, yet content/${F.incidents} cites who attributed it`
			);
		if (!incident.attribution.length && words.attribution)
			problems.push(
				`content/${F.incidentText}: ${at} has an attribution line, but content/${F.incidents} cites no one who attributed it`
			);
	}
	for (const citation of citations)
		if (citation.document && !story.labels.documents[citation.document])
			problems.push(
				`content/${F.story}: "labels.documents" has no words for "${citation.document}" (citation "${citation.id}")`
			);
}
