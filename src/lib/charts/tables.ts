/**
 * Each chart's data as rows and columns: shown as the chart's table, and
 * written as its CSV. Pure functions of the content.
 */
import type { Content } from '$lib/content/parse';
import { CHART_TABLE_COLUMNS, type ChartId, type ChartTableColumn } from '$lib/content/charts';
import { formatDate, formatFigure } from '$lib/content/format';
import { joinList, listSeparator } from '$lib/content/typography';
import { campaigns, capitalise, ESPIONAGE_MEASURES } from './espionage';
import { breachInputs, threatCounts } from './inputs';
import { countryGroups } from './map';

export interface Column {
	key: string;
	label: string;
	numeric?: boolean;
}

export interface Table {
	columns: Column[];
	rows: Record<string, string | number>[];
}

type TableMaker = (content: Content) => Table;

/** A chart's columns, in order, headed with the words from content (en/charts.yaml, tables). */
function columnsOf<Id extends ChartId>(
	content: Content,
	id: Id,
	numeric: ChartTableColumn<Id>[] = []
): Column[] {
	const headers: Record<ChartTableColumn<Id>, string> = content.chartTables[id];
	return (CHART_TABLE_COLUMNS[id] as readonly ChartTableColumn<Id>[]).map((key) => ({
		key,
		label: headers[key],
		...(numeric.includes(key) ? { numeric: true } : {})
	}));
}

const threatName = (content: Content, id: string) => content.threats.find((t) => t.id === id)?.short ?? id;

const timeline: TableMaker = (content) => ({
	columns: columnsOf(content, 'timeline'),
	rows: content.incidents.map((i) => ({
		incident: i.label,
		threat: threatName(content, i.category),
		place: i.place,
		date: formatDate(i.date, content.lang),
		figure: i.figures.map((f) => formatFigure(f, content.numbers)).join(listSeparator(content.lang))
	}))
});

const threats: TableMaker = (content) => ({
	columns: columnsOf(content, 'threats', ['incidents']),
	rows: threatCounts(
		content.incidents,
		content.threats.map((t) => t.id)
	).map((c) => ({ threat: threatName(content, c.id), incidents: c.count }))
});

const breaches: TableMaker = (content) => ({
	columns: columnsOf(content, 'breaches', ['lost']),
	rows: breachInputs(content.incidents, content.numbers).map((b) => {
		const incident = content.incidents.find((i) => i.id === b.id)!;
		const figure = incident.figures.find((f) => f.value === b.value)!;
		return {
			breach: b.label,
			date: formatDate(incident.date, content.lang),
			lost: b.value,
			counted: content.story.measures[figure.measure]
		};
	})
});

const espionage: TableMaker = (content) => ({
	columns: [
		...columnsOf(content, 'espionage'),
		...ESPIONAGE_MEASURES.map((m) => ({
			key: m,
			label: capitalise(content.story.measures[m]),
			numeric: true
		}))
	],
	rows: campaigns(content.incidents).map((c) => ({ campaign: c.label, year: String(c.year), ...c.values }))
});

const map: TableMaker = (content) => ({
	columns: columnsOf(content, 'map', ['count']),
	rows: countryGroups(content.incidents).map((g) => ({
		country: g.name,
		// Names, which hold no commas of their own: a list as the language writes one.
		incidents: joinList(
			g.incidents.map((i) => content.incidents.find((x) => x.id === i.id)!.label),
			content.lang
		),
		count: g.incidents.length
	}))
});

const toolbox: TableMaker = (content) => ({
	columns: columnsOf(content, 'toolbox', ['rung']),
	rows: content.story.eu.toolbox.items.map((item, i) => ({ rung: i + 1, instrument: item.text }))
});

export const TABLES: Record<ChartId, TableMaker> = { timeline, threats, breaches, espionage, map, toolbox };

export function chartTable(id: ChartId, content: Content): Table {
	const make = TABLES[id];
	if (!make) throw new Error(`No table for chart "${id}"`);
	return make(content);
}
