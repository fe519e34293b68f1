import { describe, expect, it } from 'vitest';
import { chartTable } from '$lib/charts/tables';
import { CHART_IDS, CHART_TABLE_COLUMNS } from '$lib/content/charts';
import { ContentError, parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';

const files = readContentFiles();
const content = parseContent(files);
const CHARTS_FILE = 'en/charts.yaml';

describe('chart tables', () => {
	it.each(CHART_IDS.map((id) => [id]))('%s has a table whose rows fill its columns', (id) => {
		const { columns, rows } = chartTable(id, content);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows)
			for (const column of columns) {
				expect(row[column.key], `${id}: ${column.key}`).toBeDefined();
				if (column.numeric) expect(typeof row[column.key], `${id}: ${column.key}`).toBe('number');
			}
	});

	it.each([
		['threats', 'incidents', [6, 5, 4, 3]],
		['breaches', 'lost', [3_000_000_000, 383_000_000, 143_000_000, 1_500_000]],
		['espionage', 'companies', [141, 42]],
		['espionage', 'countries', [15, 12]],
		['espionage', 'industries', [20, 20]],
		['map', 'count', [4, 2, 2, 1, 1, 1, 1, 1]],
		['toolbox', 'rung', [1, 2, 3, 4, 5, 6, 7]]
	] as const)('%s: column %s is %j', (id, key, values) =>
		expect(chartTable(id, content).rows.map((r) => r[key])).toEqual(values)
	);

	it('lists the map’s incidents by country', () => {
		const us = chartTable('map', content).rows.find((r) => r.country === 'United States');
		expect(us?.incidents).toBe(
			'Sony Pictures, Democratic National Committee, Anonymous-affiliated and Equifax'
		);
	});

	it('gives the toolbox in the factsheet’s order', () =>
		expect(chartTable('toolbox', content).rows.map((r) => r.instrument)).toEqual(
			content.story.eu.toolbox.items.map((i) => i.text)
		));
});

describe('table headers (content/en/charts.yaml, tables)', () => {
	it.each([
		['timeline', ['Incident', 'Threat', 'Place', 'Date', 'Figure']],
		['threats', ['Threat', 'Incidents']],
		['breaches', ['Breach', 'Date', 'Number exposed', 'Counted as']],
		['espionage', ['Campaign', 'Year', 'Companies', 'Countries', 'Major industries']],
		['map', ['Country', 'Incidents', 'Count']],
		['toolbox', ['Order on the factsheet', 'Instrument']]
	] as const)('%s is headed %j', (id, labels) =>
		expect(chartTable(id, content).columns.map((c) => c.label)).toEqual(labels)
	);

	it.each(CHART_IDS.map((id) => [id]))(
		'%s takes its columns’ keys from the code and headers from content',
		(id) => {
			const keys: readonly string[] = CHART_TABLE_COLUMNS[id];
			const columns = chartTable(id, content).columns.slice(0, keys.length);
			expect(columns.map((c) => c.key)).toEqual(keys);
			expect(columns.map((c) => c.label)).toEqual(
				keys.map((key) => (content.chartTables[id] as Record<string, string>)[key])
			);
		}
	);

	/** The problems parseContent finds once `edit` has changed en/charts.yaml. */
	function problemsWith(edit: (text: string) => string): string[] {
		const text = edit(files[CHARTS_FILE]);
		expect(text).not.toBe(files[CHARTS_FILE]);
		try {
			parseContent({ ...files, [CHARTS_FILE]: text });
		} catch (error) {
			if (error instanceof ContentError) return error.problems;
			throw error;
		}
		return [];
	}

	it.each([
		[
			'a header left out',
			(t: string) => t.replace(/^ {4}lost: Number exposed\n/m, ''),
			'content/en/charts.yaml (tables.breaches): no header for the column "lost" (add "lost:")'
		],
		[
			'a header for a column the table does not have',
			(t: string) => t.replace(/^ {4}instrument: Instrument\n/m, '$&    level: Level\n'),
			'content/en/charts.yaml (tables.toolbox): "level" is not a column of the toolbox table (its columns are rung, instrument)'
		],
		[
			'a chart’s headers left out',
			(t: string) => t.replace(/^ {2}map:\n {4}country: .*\n {4}incidents: .*\n {4}count: .*\n/m, ''),
			'content/en/charts.yaml (tables): no entry for chart "map" (add "map:")'
		],
		[
			'headers for a chart the site does not draw',
			(t: string) => t.replace(/^tables:\n/m, '$&  pie:\n    slice: Slice\n'),
			'content/en/charts.yaml (tables): "pie" is not a known chart id'
		]
	])('refuses %s, naming the file and the key', (_name, edit, message) =>
		expect(problemsWith(edit)).toEqual([message])
	);
});
