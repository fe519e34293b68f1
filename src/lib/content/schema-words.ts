/**
 * The shape of each edition's words (content/<lang>/story.yaml, charts.yaml, data.yaml); the
 * shared facts are in schema.ts.
 */
import * as v from 'valibot';
import { fields, id, ids, text, yearMonth, isoDate, Measures } from './schema-parts.ts';

const Labelled = fields({ id, name: text, text });
/** A scroller's step words, by step id. */
const stepText = v.record(v.string(), text);

export const Story = fields({
	meta: fields({
		title: text,
		description: text,
		credit: text,
		posterAttribution: text,
		licence: text,
		skipLink: text,
		shareImageAlt: text
	}),
	edition: fields({ name: text, locale: text, switcherLabel: text }),
	opening: fields({
		kicker: text,
		title: text,
		standfirst: text,
		paragraphs: v.array(text),
		posterLink: text,
		/** The first screen's drawing, in words: `{count}` incidents `{from}`–`{to}`, `{responses}` EU steps `{firstStep}`–`{last}`. */
		glance: text,
		/** Under the drawing, what its symbols and rings are (`{firstStep}`, `{last}`: the years of the first and last rings). */
		glanceKey: text,
		/** Tells the reader the story is told by scrolling. */
		cue: text
	}),
	poster: fields({ title: text, incidentsIntro: text, attributionLabel: text, sourcesNote: text }),
	labels: fields({
		note: text,
		source: text,
		sources: text,
		attribution: text,
		notAttributed: text,
		/** One citation: `{publisher}`, `{title}` and `{date}` (`citationUntitled`: `{document}` for the title). */
		citation: text,
		citationUntitled: text,
		/** The `{date}` of a citation of a page with no date of its own: when it was read. */
		accessed: text,
		/** What an untitled document is, by the kind citations.yaml gives it. */
		documents: v.record(id, text)
	}),
	/** Where the retelling comes from and when it was published, shown on the story and the poster. */
	provenance: fields({
		original: text,
		published: isoDate,
		updated: isoDate,
		/** `{published}` and `{updated}` are filled with the dates above. */
		dates: text
	}),
	measures: fields(
		Object.fromEntries(Measures.map((m) => [m, text])) as Record<(typeof Measures)[number], typeof text>
	),
	numberWords: fields({ over: text, usdMillion: text }),
	headlines: v.record(v.string(), fields({ label: text, note: text })),
	threats: fields({ heading: text, intro: text, steps: stepText }),
	timeline: fields({ heading: text, intro: text, steps: stepText }),
	scale: fields({ heading: text, intro: text, steps: stepText }),
	espionage: fields({ heading: text, intro: text, steps: stepText }),
	map: fields({ heading: text, intro: text, unplaced: text, steps: stepText }),
	cost: fields({
		heading: text,
		paragraphs: v.array(text),
		kinds: v.array(fields({ id, name: text, example: text }))
	}),
	eu: fields({
		heading: text,
		roles: v.array(fields({ id, title: text, points: v.array(text) })),
		toolbox: fields({
			heading: text,
			intro: text,
			items: v.array(fields({ id, text })),
			steps: stepText
		}),
		norms: fields({ heading: text, items: v.array(text) }),
		confidence: fields({ heading: text, items: v.array(Labelled) })
	}),
	afterwards: fields({
		heading: text,
		intro: text,
		events: v.array(fields({ date: yearMonth, text, incidents: v.array(id), sources: ids }))
	}),
	/** The story's last word, before the explorer and the method. */
	close: fields({ heading: text, paragraphs: v.array(text) }),
	explore: fields({
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
	method: fields({
		heading: text,
		dataLinePrefix: text,
		paragraphs: v.array(text),
		notesHeading: text,
		headlineNotesHeading: text,
		reuse: text,
		reuseText: text,
		/** The link to the charts index after reuseText, in words that do not repeat `reuse` above it. */
		reuseLink: text,
		deck: text
	}),
	checked: fields({ heading: text, items: v.array(Labelled) }),
	corrections: fields({
		heading: text,
		entries: v.array(fields({ date: isoDate, text }))
	}),
	notFound: fields({ heading: text, text })
});

export const ChartText = fields({ title: text, takeaway: text, description: text, notes: text });
/** Words drawn inside the charts: axis notes and annotations. */
export const ChartLabels = fields({
	threats: fields({ firstCount: text }),
	breaches: fields({ axisNote: text }),
	toolbox: fields({ softer: text, harder: text }),
	map: fields({ count: text })
});
export const Charts = fields({
	sourceLine: text,
	ui: fields({
		details: text,
		legend: text,
		stepOf: text,
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
		readme: fields({
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

export const DataText = fields({
	heading: text,
	intro: text,
	/** Link texts of the two files on the chart index. */
	links: fields({ csv: text, json: text }),
	columns: v.record(v.string(), text)
});
export type DataText = v.InferOutput<typeof DataText>;

export type Story = v.InferOutput<typeof Story>;
export type ChartText = v.InferOutput<typeof ChartText>;
export type Charts = v.InferOutput<typeof Charts>;
export type ChartsUi = Charts['ui'];
export type ChartLabels = v.InferOutput<typeof ChartLabels>;
