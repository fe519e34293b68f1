/**
 * The shape of every file in content/. One schema per file: the shared facts here, each
 * edition's words in schema-words.ts. Cross-file rules (an incident's category must be a
 * threat id, every id needs its text) live in cross-checks.ts. Messages say what was
 * expected, because they reach an editor.
 */
import * as v from 'valibot';
import { fields, id, ids, text, yearMonth, isoDate, isoDay, count, hex, Measures } from './schema-parts.ts';

export { Measures, type Measure } from './schema-parts.ts';
export * from './schema-words.ts';

export const ThreatFacts = fields({
	id,
	shape: v.picklist(
		['circle', 'square', 'triangle', 'diamond'],
		'expected circle, square, triangle or diamond'
	),
	colour: fields({ light: hex, dark: hex })
});

export const Figure = fields({
	measure: v.picklist(Measures, `expected one of ${Measures.join(', ')}`),
	value: count,
	qualifier: v.optional(v.picklist(['over'], 'expected "over" or nothing'))
});

export const IncidentFacts = fields({
	id,
	/** The factsheet's name, the same in every edition; absent where the factsheet describes the
	 * actor instead of naming it ("Anonymous-affiliated"), which each edition's words then say. */
	label: v.optional(text),
	country: v.nullable(
		v.pipe(
			v.string('expected a country code or null'),
			v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "US", or null')
		)
	),
	date: yearMonth,
	category: id,
	figures: v.array(Figure, 'expected a list of figures ([] for none)'),
	/** The citations behind the note, by id in citations.yaml. */
	sources: ids,
	/** The citations of who attributed the incident; [] where no government or court did. */
	attribution: ids
});

/** Only these fields, so that a source typed into the words (where it would be retyped per edition) is refused. */
export const IncidentText = fields(
	{
		/** Only for an incident whose facts have no label: what the edition calls it. */
		label: v.optional(text),
		place: text,
		caption: text,
		note: v.optional(text),
		attribution: v.optional(text)
	},
	'expected place, caption, a label where the facts have none, and a note and an attribution where there are ones (sources are in content/incidents.yaml)'
);

/**
 * One document a note, an attribution or an event cites. One item with its parts, so that no comma
 * can split it and every surface writes it in the same form.
 */
export const Citation = v.pipe(
	fields(
		{
			id,
			publisher: text,
			title: v.optional(text),
			document: v.optional(id),
			titles: v.optional(v.record(v.string(), text)),
			/** When it was published; a living page with no date of its own has `accessed` instead. */
			date: v.optional(isoDate),
			accessed: v.optional(isoDay),
			url: v.optional(v.pipe(v.string(), v.regex(/^https:\/\/\S+$/, 'expected an address starting https://')))
		},
		'expected id, publisher, title (or document), date (or accessed), and titles and url where there are ones'
	),
	v.check((c) => !!c.title !== !!c.document, 'expected either a title or a document kind, not both'),
	v.check(
		(c) => !!c.date !== !!c.accessed,
		'expected either a date or, for a page with none, accessed, not both'
	)
);

export const ThreatText = fields({ name: text, short: text, description: text });

export const Source = fields({
	id,
	name: text,
	year: v.pipe(count, v.integer('expected a year')),
	poster: v.boolean('expected true or false'),
	detail: v.optional(text)
});

export const HeadlineFigure = fields({
	id,
	value: count,
	unit: v.picklist(['percent', 'usd-million'], 'expected percent or usd-million'),
	/** The citations behind the figure's note (the factsheet itself gives none). */
	sources: v.pipe(ids, v.minLength(1, 'expected at least one citation'))
});

/** The charts told by scrolling, each with its steps in steps.yaml and their words in en/story.yaml. */
export const SCROLLER_IDS = ['timeline', 'threats', 'breaches', 'espionage', 'map', 'toolbox'] as const;
export type ScrollerId = (typeof SCROLLER_IDS)[number];

/** One scroll step; which fields each chart reads, and what they name, is checked in scrollers.ts. */
export const Step = fields(
	{
		id,
		through: v.optional(v.union([v.pipe(count, v.integer()), id], 'expected a year or an id')),
		highlight: v.optional(id),
		focus: v.optional(id),
		scale: v.optional(v.picklist(['linear', 'log'], 'expected linear or log'))
	},
	'expected only id, through, highlight, focus and scale'
);

export const Steps = fields(
	Object.fromEntries(
		SCROLLER_IDS.map((chart) => [chart, v.array(Step, 'expected a list of steps')])
	) as Record<ScrollerId, v.ArraySchema<typeof Step, string>>,
	`expected the steps of ${SCROLLER_IDS.join(', ')}`
);

export type ThreatFacts = v.InferOutput<typeof ThreatFacts>;
export type IncidentFacts = v.InferOutput<typeof IncidentFacts>;
export type IncidentText = v.InferOutput<typeof IncidentText>;
export type Figure = v.InferOutput<typeof Figure>;
export type Source = v.InferOutput<typeof Source>;
export type Citation = v.InferOutput<typeof Citation>;
export type HeadlineFigure = v.InferOutput<typeof HeadlineFigure>;
export type Step = v.InferOutput<typeof Step>;
export type Steps = v.InferOutput<typeof Steps>;
export type ThreatText = v.InferOutput<typeof ThreatText>;
