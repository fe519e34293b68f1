/**
 * The shape of every file in content/. One schema per file; cross-file rules
 * (an incident's category must be a threat id, every id needs its text) live in
 * parse.ts. Messages say what was expected, because they reach an editor.
 */
import * as v from 'valibot';

const id = v.pipe(
	v.string('expected an id (text)'),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and hyphens')
);
const text = v.pipe(v.string('expected text'), v.trim(), v.nonEmpty('expected text, got nothing'));
const yearMonth = v.pipe(
	v.string('expected a date in quotes, "YYYY" or "YYYY-MM"'),
	v.regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/, 'expected a date "YYYY" or "YYYY-MM"')
);
const count = v.pipe(
	v.number('expected a number'),
	v.finite('expected a finite number'),
	v.minValue(0, 'expected a number of 0 or more')
);
const hex = v.pipe(
	v.string('expected a colour'),
	v.regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour "#rrggbb"')
);

export const ThreatFacts = v.object({
	id,
	shape: v.picklist(
		['circle', 'square', 'triangle', 'diamond'],
		'expected circle, square, triangle or diamond'
	),
	colour: v.object({ light: hex, dark: hex })
});

export const Measures = [
	'accounts',
	'records',
	'companies',
	'countries',
	'industries',
	'websites',
	'entities'
] as const;

export const Figure = v.object({
	measure: v.picklist(Measures, `expected one of ${Measures.join(', ')}`),
	value: count,
	qualifier: v.optional(v.picklist(['over'], 'expected "over" or nothing'))
});

export const IncidentFacts = v.object({
	id,
	label: text,
	country: v.nullable(
		v.pipe(
			v.string('expected a country code or null'),
			v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "US", or null')
		)
	),
	date: yearMonth,
	category: id,
	figures: v.array(Figure, 'expected a list of figures ([] for none)')
});

export const IncidentText = v.object({
	place: text,
	caption: text,
	note: v.optional(text),
	sources: v.optional(v.array(text, 'expected a list of sources'))
});

export const ThreatText = v.object({ name: text, short: text, description: text });

export const Source = v.object({
	id,
	name: text,
	year: v.pipe(count, v.integer('expected a year')),
	poster: v.boolean('expected true or false'),
	detail: v.optional(text)
});

export const HeadlineFigure = v.object({
	id,
	value: count,
	unit: v.picklist(['percent', 'usd-million'], 'expected percent or usd-million'),
	source: id
});

/** The charts told by scrolling, each with its steps in steps.yaml and their words in en/story.yaml. */
export const SCROLLER_IDS = ['timeline', 'threats', 'breaches', 'espionage', 'toolbox'] as const;
export type ScrollerId = (typeof SCROLLER_IDS)[number];

/** One scroll step; which fields each chart reads, and what they name, is checked in scrollers.ts. */
export const Step = v.strictObject(
	{
		id,
		through: v.optional(v.union([v.pipe(count, v.integer()), id], 'expected a year or an id')),
		highlight: v.optional(id),
		focus: v.optional(id),
		scale: v.optional(v.picklist(['linear', 'log'], 'expected linear or log'))
	},
	'expected only id, through, highlight, focus and scale'
);

export const Steps = v.strictObject(
	Object.fromEntries(
		SCROLLER_IDS.map((chart) => [chart, v.array(Step, 'expected a list of steps')])
	) as Record<ScrollerId, v.ArraySchema<typeof Step, string>>,
	`expected the steps of ${SCROLLER_IDS.join(', ')}`
);

const Labelled = v.object({ id, name: text, text });
/** A scroller's step words, by step id. */
const stepText = v.record(v.string(), text);

export const Story = v.object({
	meta: v.object({
		title: text,
		description: text,
		credit: text,
		posterAttribution: text,
		licence: text,
		skipLink: text,
		shareImageAlt: text
	}),
	edition: v.object({ name: text, locale: text, switcherLabel: text }),
	opening: v.object({
		kicker: text,
		title: text,
		standfirst: text,
		paragraphs: v.array(text),
		posterLink: text
	}),
	poster: v.object({ title: text, incidentsIntro: text, attributionLabel: text }),
	labels: v.object({ note: text, source: text }),
	measures: v.object(
		Object.fromEntries(Measures.map((m) => [m, text])) as Record<(typeof Measures)[number], typeof text>
	),
	numberWords: v.object({ over: text, usdMillion: text }),
	headlines: v.record(v.string(), v.object({ label: text, note: text })),
	threats: v.object({ heading: text, intro: text, steps: stepText }),
	timeline: v.object({ heading: text, intro: text, steps: stepText }),
	scale: v.object({ heading: text, intro: text, steps: stepText }),
	espionage: v.object({ heading: text, intro: text, steps: stepText }),
	map: v.object({ heading: text, intro: text, unplaced: text }),
	cost: v.object({
		heading: text,
		paragraphs: v.array(text),
		kinds: v.array(v.object({ id, name: text, example: text }))
	}),
	eu: v.object({
		heading: text,
		roles: v.array(v.object({ id, title: text, points: v.array(text) })),
		toolbox: v.object({
			heading: text,
			intro: text,
			items: v.array(v.object({ id, text })),
			steps: stepText
		}),
		norms: v.object({ heading: text, items: v.array(text) }),
		confidence: v.object({ heading: text, items: v.array(Labelled) })
	}),
	afterwards: v.object({
		heading: text,
		intro: text,
		events: v.array(v.object({ date: yearMonth, text, incidents: v.array(id) }))
	}),
	explore: v.object({
		heading: text,
		intro: text,
		filterThreat: text,
		filterPlace: text,
		sortBy: text,
		sortDate: text,
		sortSize: text,
		all: text,
		shown: text
	}),
	method: v.object({
		heading: text,
		dataLinePrefix: text,
		paragraphs: v.array(text),
		notesHeading: text,
		headlineNotesHeading: text,
		reuse: text,
		reuseText: text,
		deck: text
	})
});

export const ChartText = v.object({ title: text, takeaway: text, description: text, notes: text });
/** Words drawn inside the charts: axis notes and annotations. */
export const ChartLabels = v.object({
	threats: v.object({ firstCount: text }),
	breaches: v.object({ axisNote: text }),
	toolbox: v.object({ softer: text, harder: text }),
	map: v.object({ count: text })
});
export const Charts = v.object({
	sourceLine: text,
	ui: v.object({
		details: text,
		legend: text,
		tools: text,
		download: text,
		svg: text,
		png: text,
		png4k: text,
		pngDark: text,
		csv: text,
		embed: text,
		embedHelp: text,
		cite: text,
		citation: text,
		copy: text,
		copied: text,
		indexHeading: text,
		indexIntro: text,
		backToStory: text,
		pageTitle: text,
		/** The words of the README.txt that `npm run charts` writes beside the files. */
		readme: v.object({
			cite: text,
			files: text,
			slide: text,
			chartAlone: text,
			card: text,
			incidents: text,
			columns: text,
			slides: text
		})
	}),
	labels: ChartLabels,
	/** Column headers of each chart's table, by chart id and column key. */
	tables: v.record(v.string(), v.record(v.string(), text)),
	charts: v.record(id, ChartText)
});

export type ThreatFacts = v.InferOutput<typeof ThreatFacts>;
export type IncidentFacts = v.InferOutput<typeof IncidentFacts>;
export type IncidentText = v.InferOutput<typeof IncidentText>;
export type Figure = v.InferOutput<typeof Figure>;
export type Measure = (typeof Measures)[number];
export type Source = v.InferOutput<typeof Source>;
export type HeadlineFigure = v.InferOutput<typeof HeadlineFigure>;
export type Step = v.InferOutput<typeof Step>;
export type Steps = v.InferOutput<typeof Steps>;
export type Story = v.InferOutput<typeof Story>;
export type ChartText = v.InferOutput<typeof ChartText>;
export type ThreatText = v.InferOutput<typeof ThreatText>;
export type ChartsUi = v.InferOutput<typeof Charts>['ui'];
export type ChartLabels = v.InferOutput<typeof ChartLabels>;

export const DataText = v.object({
	heading: text,
	intro: text,
	/** Link texts of the two files on the chart index. */
	links: v.object({ csv: text, json: text }),
	columns: v.record(v.string(), text)
});
export type DataText = v.InferOutput<typeof DataText>;
