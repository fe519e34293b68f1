/**
 * Turns the text of the files in content/ into typed, cross-checked content.
 * Pure: it takes file texts and returns data, or throws one ContentError that
 * lists every problem with the file, the item and the field, so an editor can
 * fix them all in one go.
 */
import * as v from 'valibot';
import * as S from './schema.ts';
import type { ChartId, ChartTableHeaders } from './charts.ts';
import { readYaml, check } from './checks.ts';
import { crossCheck, type ParsedFiles } from './cross-checks.ts';
import { scrollerSteps, type ChartStep, type ScrollerId } from './scrollers.ts';
import { BASE_LANG, editionsIn, mirrorProblems } from './editions.ts';
import { fillFigures } from './figures-in-words.ts';
import { fill, formatHeadline, formatLongDate, type NumberWords } from './format.ts';
import { listSeparator } from './typography.ts';
import { cite, type Cited } from './citations.ts';

/** The shared facts, then the words of an edition (`en/…` here; `<lang>/…` for another). */
export const CONTENT_FILES = {
	threats: 'threats.yaml',
	incidents: 'incidents.yaml',
	sources: 'sources.yaml',
	citations: 'citations.yaml',
	figures: 'figures.yaml',
	steps: 'steps.yaml',
	threatText: 'en/threats.yaml',
	incidentText: 'en/incidents.yaml',
	story: 'en/story.yaml',
	charts: 'en/charts.yaml',
	data: 'en/data.yaml'
} as const;

/** The files one edition is read from: the facts, and its own folder's words. */
export function editionFiles(lang: string): Record<FileKey, string> {
	const files = { ...CONTENT_FILES } as Record<FileKey, string>;
	for (const key of Object.keys(files) as FileKey[])
		if (files[key].startsWith(`${BASE_LANG}/`))
			files[key] = `${lang}/${files[key].slice(BASE_LANG.length + 1)}`;
	return files;
}

type FileKey = keyof typeof CONTENT_FILES;

/** The shape each file must have on its own, before the rules between files are checked. */
const FILE_SCHEMAS = {
	threats: v.array(S.ThreatFacts, 'expected a list of threats'),
	incidents: v.array(S.IncidentFacts, 'expected a list of incidents'),
	sources: v.array(S.Source, 'expected a list of sources'),
	citations: v.array(S.Citation, 'expected a list of citations'),
	figures: v.array(S.HeadlineFigure, 'expected a list of figures'),
	steps: S.Steps,
	threatText: v.record(v.string(), S.ThreatText),
	incidentText: v.record(v.string(), S.IncidentText),
	story: S.Story,
	charts: S.Charts,
	data: S.DataText
} satisfies { [K in FileKey]: v.GenericSchema<unknown, ParsedFiles[K]> };

export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`Content is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`
		);
		this.name = 'ContentError';
	}
}

export type Threat = S.ThreatFacts & S.ThreatText;
export type Precision = 'year' | 'month';
export type { Cited };
/** Who attributed an incident, in the edition's words, and the citations; `text` says so where no one did. */
export interface Attribution {
	text: string;
	sources: Cited[];
}
export type Incident = Omit<S.IncidentFacts, 'sources' | 'attribution' | 'label'> &
	Omit<S.IncidentText, 'attribution' | 'label'> & {
		/** The factsheet's name, or the edition's words for it. */
		label: string;
		year: number;
		month: number | null;
		precision: Precision;
		/** The citations behind the note. */
		sources: Cited[];
		attribution: Attribution;
	};
/** A headline figure with its words, and the figure as the edition writes it (`text`: "$13m", "67 %"). */
export type Headline = Omit<S.HeadlineFigure, 'sources'> & {
	label: string;
	note: string;
	text: string;
	sources: Cited[];
};
/** An event after the factsheet, with its citations. */
export type AfterEvent = Omit<S.Story['afterwards']['events'][number], 'sources'> & { sources: Cited[] };
export type { ChartStep, ScrollerId };
export type Chart = S.ChartText & { id: ChartId; source: string };

export interface Content {
	/** The edition's language (`en`, `fr`, …). */
	lang: string;
	/** What the edition writes numbers with ($lib/content/format). */
	numbers: NumberWords;
	threats: Threat[];
	incidents: Incident[];
	sources: S.Source[];
	headlines: Headline[];
	/** What happened after the factsheet, each event with its citations. */
	events: AfterEvent[];
	/** When the retelling was published and last updated, as the edition writes it. */
	dated: string;
	/** The steps of each chart told by scrolling, with their words. */
	scrollers: Record<ScrollerId, ChartStep[]>;
	story: S.Story;
	charts: Chart[];
	/** Words around every chart (labels of controls and details). */
	chartUi: S.ChartsUi;
	/** How the downloadable incident data is described. */
	data: S.DataText;
	/** Words inside the charts (axis notes, annotations), by chart. */
	chartLabels: S.ChartLabels;
	/** Column headers of each chart's table (and of its CSV), by chart and column key. */
	chartTables: ChartTableHeaders;
	/** The factsheet's own data line, e.g. "FireEye 2019; CrowdStrike 2018; …". */
	dataLine: string;
}

/** Every edition in the files, each validated (English first); one ContentError lists every problem. */
export function parseEditions(files: Partial<Record<string, string>>): Record<string, Content> {
	const problems: string[] = [];
	const editions: Record<string, Content> = {};
	for (const lang of editionsIn(files))
		try {
			editions[lang] = parseContent(files, lang);
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			problems.push(...error.problems);
		}
	if (!editions[BASE_LANG] && !problems.length)
		problems.push(`content/${BASE_LANG}/: the English edition is missing`);
	// A problem in the shared facts is found once per edition: say it once.
	if (problems.length) throw new ContentError([...new Set(problems)]);
	return editions;
}

/** One edition: the facts with the words of content/<lang>/, which must mirror content/en/ key for key. */
export function parseContent(files: Partial<Record<string, string>>, lang = BASE_LANG): Content {
	const problems: string[] = [];
	const F = editionFiles(lang);
	const raw = {} as Record<FileKey, unknown>;
	for (const [key, name] of Object.entries(F)) raw[key as FileKey] = readYaml(name, files[name], problems);
	if (problems.length) throw new ContentError(problems);
	if (lang !== BASE_LANG)
		for (const [key, name] of Object.entries(F))
			if (name.startsWith(`${lang}/`)) {
				// An English file that cannot be read, or that its schema refuses, is English's problem,
				// reported with its edition: mirrored, a field English must drop would be asked of the others.
				const english = readYaml(CONTENT_FILES[key as FileKey], files[CONTENT_FILES[key as FileKey]], []);
				if (english !== undefined && v.is(FILE_SCHEMAS[key as FileKey], english))
					problems.push(...mirrorProblems(name.slice(lang.length + 1), lang, english, raw[key as FileKey]));
			}
	if (problems.length) throw new ContentError(problems);

	const parsed = {} as Record<FileKey, unknown>;
	for (const key of Object.keys(FILE_SCHEMAS) as FileKey[])
		parsed[key] = check(FILE_SCHEMAS[key], F[key], raw[key], problems);
	if (problems.length) throw new ContentError(problems);
	// Every file passed its schema, so each has its ParsedFiles shape.
	const valid = parsed as ParsedFiles;
	crossCheck(F, valid, problems);
	if (problems.length) throw new ContentError(problems);
	const {
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
	} = valid;

	const dataLine = sources
		.filter((s) => s.poster)
		.map((s) => `${s.name} ${s.year}`)
		.join(listSeparator(lang));
	const numbers: NumberWords = { lang, measures: story.measures, numberWords: story.numberWords };
	const cited = (ids: string[]) => cite(ids, citations, story.labels, lang);
	return {
		lang,
		numbers,
		threats: threats.map((t) => ({ ...t, ...threatText[t.id] })),
		incidents: incidents.map((i) => {
			const [year, month] = i.date.split('-').map(Number);
			const { attribution, ...text } = fillFigures(incidentText[i.id], i.figures, lang);
			// crossCheck has made sure that the facts or the words name it, and only one of them.
			const label = (i.label ?? text.label)!;
			return {
				...i,
				...text,
				label,
				year,
				month: month ?? null,
				precision: month ? 'month' : 'year',
				sources: cited(i.sources),
				attribution: {
					text: attribution ?? story.labels.notAttributed,
					sources: cited(i.attribution)
				}
			};
		}),
		sources,
		headlines: figures.map((f) => ({
			...f,
			...story.headlines[f.id],
			text: formatHeadline(f, numbers),
			sources: cited(f.sources)
		})),
		events: story.afterwards.events.map((event) => ({ ...event, sources: cited(event.sources) })),
		dated: fill(story.provenance.dates, {
			published: formatLongDate(story.provenance.published, lang),
			updated: formatLongDate(story.provenance.updated, lang)
		}),
		scrollers: scrollerSteps(steps, story),
		story: {
			...story,
			close: {
				...story.close,
				paragraphs: story.close.paragraphs.map((p) =>
					fill(p, {
						total: incidents.length,
						attributed: incidents.filter((i) => i.attribution.length).length
					})
				)
			}
		},
		charts: Object.entries(charts.charts).map(([id, text]) => ({
			...text,
			id: id as ChartId,
			source: charts.sourceLine.replace('{dataLine}', dataLine)
		})),
		chartUi: charts.ui,
		data,
		chartLabels: charts.labels,
		chartTables: charts.tables as ChartTableHeaders,
		dataLine
	};
}
