/**
 * The checks run on content/ (parse.ts, cross-checks.ts): reading YAML, validating a file
 * against its schema, and the cross-file rules (no duplicate ids, every id
 * with its text, columns described and headed). Each check adds problems,
 * naming the file, the item and the field, instead of throwing, so that an
 * editor sees every problem at once.
 */
import * as v from 'valibot';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { CHART_IDS, CHART_TABLE_COLUMNS } from './charts.ts';
import { INCIDENT_CSV_COLUMNS } from './incident-data.ts';

/** Where in a file an issue sits: `item 3 (id "yahoo"), field "date"`. */
export function describePath(issue: v.BaseIssue<unknown>, root: unknown): string {
	const parts: string[] = [];
	let node: unknown = root;
	for (const step of issue.path ?? []) {
		const key = step.key as string | number;
		if (typeof key === 'number') {
			const item = Array.isArray(node) ? node[key] : undefined;
			const itemId =
				item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
			parts.push(`item ${key + 1}${typeof itemId === 'string' ? ` (id "${itemId}")` : ''}`);
		} else {
			parts.push(parts.length === 0 && !Array.isArray(root) ? `"${key}"` : `field "${key}"`);
		}
		node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
	}
	return parts.join(', ');
}

export function readYaml(name: string, source: string | undefined, problems: string[]): unknown {
	if (source === undefined) {
		problems.push(`content/${name}: the file is missing`);
		return undefined;
	}
	try {
		return parseYaml(source);
	} catch (error) {
		if (error instanceof YAMLParseError) {
			const at = error.linePos?.[0];
			const where = at ? ` at line ${at.line}, column ${at.col}` : '';
			problems.push(`content/${name}: YAML syntax error${where}: ${error.message.split('\n')[0]}`);
		} else throw error;
		return undefined;
	}
}

export function check<T extends v.GenericSchema>(schema: T, name: string, data: unknown, problems: string[]) {
	const result = v.safeParse(schema, data);
	if (result.success) return result.output as v.InferOutput<T>;
	for (const issue of result.issues) {
		const where = describePath(issue, data);
		// valibot reports a missing field on its object, not on the field: say it plainly. An unknown
		// field's issue names the field itself as what it got, which its path already says.
		const missing = issue.received === 'undefined' && issue.type === 'object_with_rest';
		const unknown = issue.expected === 'never';
		const message = missing ? 'required, but it is missing' : issue.message;
		const got =
			missing || unknown ? '' : ` (got ${issue.received === 'undefined' ? 'nothing' : issue.received})`;
		problems.push(`content/${name}: ${where ? `${where}: ` : ''}${message}${got}`);
	}
	return undefined;
}

export function noDuplicateIds(name: string, items: { id: string }[], problems: string[]) {
	const seen = new Set<string>();
	items.forEach((item, index) => {
		if (seen.has(item.id)) problems.push(`content/${name}: item ${index + 1}: duplicate id "${item.id}"`);
		seen.add(item.id);
	});
}

/** Every id has its text, and no text is left without its item. */
export function sameKeys(
	textFile: string,
	ids: string[],
	text: Record<string, unknown>,
	what: string,
	problems: string[]
) {
	for (const id of ids)
		if (!(id in text)) problems.push(`content/${textFile}: no entry for ${what} "${id}" (add "${id}:")`);
	for (const key of Object.keys(text))
		if (!ids.includes(key)) problems.push(`content/${textFile}: "${key}" is not a known ${what} id`);
}

/** content/en/data.yaml describes every column of the incident CSV, no other, in the CSV's order. */
export function describesCsvColumns(file: string, columns: Record<string, unknown>, problems: string[]) {
	const csv: readonly string[] = INCIDENT_CSV_COLUMNS;
	const where = `content/${file} (columns)`;
	const described = Object.keys(columns);
	for (const key of csv)
		if (!described.includes(key))
			problems.push(`${where}: no description for the CSV column "${key}" (add "${key}:")`);
	for (const key of described)
		if (!csv.includes(key))
			problems.push(
				`${where}: "${key}" is not a column of /data/incidents.csv (its columns are ${csv.join(', ')})`
			);
	const listed = described.filter((key) => csv.includes(key));
	const inCsvOrder = csv.filter((key) => described.includes(key));
	const at = listed.findIndex((key, index) => key !== inCsvOrder[index]);
	if (at >= 0)
		problems.push(
			`${where}: "${listed[at]}" is out of order: list the columns in the CSV's order, which has "${inCsvOrder[at]}" here (${csv.join(', ')})`
		);
}

/** content/en/charts.yaml heads every column of every chart's table, and no other. */
export function headsTableColumns(
	file: string,
	tables: Record<string, Record<string, string>>,
	problems: string[]
) {
	sameKeys(`${file} (tables)`, [...CHART_IDS], tables, 'chart', problems);
	for (const chart of CHART_IDS) {
		const headers = tables[chart];
		if (!headers) continue;
		const columns: readonly string[] = CHART_TABLE_COLUMNS[chart];
		const where = `content/${file} (tables.${chart})`;
		for (const key of columns)
			if (!(key in headers)) problems.push(`${where}: no header for the column "${key}" (add "${key}:")`);
		for (const key of Object.keys(headers))
			if (!columns.includes(key))
				problems.push(
					`${where}: "${key}" is not a column of the ${chart} table (its columns are ${columns.join(', ')})`
				);
	}
}

export function mustBeOneOf(
	file: string,
	where: string,
	value: string | undefined,
	allowed: string[],
	what: string,
	problems: string[]
) {
	if (value !== undefined && !allowed.includes(value))
		problems.push(
			`content/${file}: ${where}: unknown ${what} "${value}" (expected one of ${allowed.join(', ')})`
		);
}
