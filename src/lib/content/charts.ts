/** The charts the site draws; each has its words in content/en/charts.yaml. */
export const CHART_IDS = ['timeline', 'threats', 'breaches', 'espionage', 'map', 'toolbox'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/**
 * The columns of each chart's table, in order, by key; their headers are in
 * content/en/charts.yaml (tables). The espionage table has a column more for
 * each of its figures, headed with the measure's name (en/story.yaml, measures).
 */
export const CHART_TABLE_COLUMNS = {
	timeline: ['incident', 'threat', 'place', 'date', 'figure'],
	threats: ['threat', 'incidents'],
	breaches: ['breach', 'date', 'lost', 'counted'],
	espionage: ['campaign', 'year'],
	map: ['country', 'incidents', 'count'],
	toolbox: ['rung', 'instrument']
} as const satisfies Record<ChartId, readonly string[]>;
export type ChartTableColumn<Id extends ChartId> = (typeof CHART_TABLE_COLUMNS)[Id][number];
/** Each chart's column headers, by column key. */
export type ChartTableHeaders = { [Id in ChartId]: Record<ChartTableColumn<Id>, string> };
