/**
 * Each chart's data as rows and columns: shown as the chart's table, and
 * written as its CSV. Pure functions of the content.
 */
import type { Content } from '$lib/content/parse';
import type { ChartId } from '$lib/content/charts';
import { formatDate, formatFigure } from '$lib/content/format';
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

const threatName = (content: Content, id: string) => content.threats.find((t) => t.id === id)?.short ?? id;

const timeline: TableMaker = (content) => ({
	columns: [
		{ key: 'incident', label: 'Incident' },
		{ key: 'threat', label: 'Threat' },
		{ key: 'place', label: 'Place' },
		{ key: 'date', label: 'Date' },
		{ key: 'figure', label: 'Figure' }
	],
	rows: content.incidents.map((i) => ({
		incident: i.label,
		threat: threatName(content, i.category),
		place: i.place,
		date: formatDate(i.date),
		figure: i.figures.map((f) => formatFigure(f, content.story.measures)).join('; ')
	}))
});

const threats: TableMaker = (content) => ({
	columns: [
		{ key: 'threat', label: 'Threat' },
		{ key: 'incidents', label: 'Incidents', numeric: true }
	],
	rows: threatCounts(
		content.incidents,
		content.threats.map((t) => t.id)
	).map((c) => ({ threat: threatName(content, c.id), incidents: c.count }))
});

const breaches: TableMaker = (content) => ({
	columns: [
		{ key: 'breach', label: 'Breach' },
		{ key: 'date', label: 'Date' },
		{ key: 'lost', label: 'Number lost', numeric: true },
		{ key: 'counted', label: 'Counted as' }
	],
	rows: breachInputs(content.incidents, content.story.measures).map((b) => {
		const incident = content.incidents.find((i) => i.id === b.id)!;
		const figure = incident.figures.find((f) => f.value === b.value)!;
		return {
			breach: b.label,
			date: formatDate(incident.date),
			lost: b.value,
			counted: content.story.measures[figure.measure]
		};
	})
});

const espionage: TableMaker = (content) => ({
	columns: [
		{ key: 'campaign', label: 'Campaign' },
		{ key: 'year', label: 'Year' },
		...ESPIONAGE_MEASURES.map((m) => ({
			key: m,
			label: capitalise(content.story.measures[m]),
			numeric: true
		}))
	],
	rows: campaigns(content.incidents).map((c) => ({ campaign: c.label, year: String(c.year), ...c.values }))
});

const map: TableMaker = (content) => ({
	columns: [
		{ key: 'country', label: 'Country' },
		{ key: 'incidents', label: 'Incidents' },
		{ key: 'count', label: 'Count', numeric: true }
	],
	rows: countryGroups(content.incidents).map((g) => ({
		country: g.name,
		incidents: g.incidents.map((i) => content.incidents.find((x) => x.id === i.id)!.label).join('; '),
		count: g.incidents.length
	}))
});

const toolbox: TableMaker = (content) => ({
	columns: [
		{ key: 'rung', label: 'Rung (1 = softest)', numeric: true },
		{ key: 'instrument', label: 'Instrument' }
	],
	rows: content.story.eu.toolbox.items.map((item, i) => ({ rung: i + 1, instrument: item.text }))
});

export const TABLES: Record<ChartId, TableMaker> = { timeline, threats, breaches, espionage, map, toolbox };

export function chartTable(id: ChartId, content: Content): Table {
	const make = TABLES[id];
	if (!make) throw new Error(`No table for chart "${id}"`);
	return make(content);
}
