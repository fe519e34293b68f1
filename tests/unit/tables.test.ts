import { describe, expect, it } from 'vitest';
import { chartTable } from '$lib/charts/tables';
import { CHART_IDS } from '$lib/content/charts';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';

const content = parseContent(readContentFiles());

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
		expect(us?.incidents).toBe('Sony Pictures; Democratic National Committee; Anonymous-affiliated; Equifax');
	});

	it('gives the toolbox in the factsheet’s order', () =>
		expect(chartTable('toolbox', content).rows.map((r) => r.instrument)).toEqual(
			content.story.eu.toolbox.items.map((i) => i.text)
		));
});
