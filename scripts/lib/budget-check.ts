/**
 * The pure half of `npm run budgets`: the budgets themselves, the comparison of
 * measured figures with them, the table it prints and the message it fails with.
 * scripts/lib/budget-measure.ts measures; this module only judges, so it can be
 * tested with made-up figures (tests/unit/budgets.test.ts).
 *
 * Sizes are in bytes; 1 KB here is 1024 bytes, 1 MB is 1024 KB.
 */

export const KB = 1024;
export const MB = 1024 * KB;

export type BudgetId = 'home-js' | 'home-css' | 'home-total' | 'off-site' | 'console' | 'poster-pdf';

export interface Budget {
	id: BudgetId;
	/** What is measured, as the table and the failure message name it. */
	label: string;
	/** The most the figure may be (inclusive). */
	limit: number;
	unit: 'bytes' | 'count';
}

export const BUDGETS: readonly Budget[] = [
	{ id: 'home-js', label: 'JavaScript loaded by each edition’s story (gzip)', limit: 60 * KB, unit: 'bytes' },
	{ id: 'home-css', label: 'CSS loaded by each edition’s story (gzip)', limit: 20 * KB, unit: 'bytes' },
	{
		id: 'home-total',
		label: 'Everything each edition’s story transfers, fonts included (gzip)',
		limit: 350 * KB,
		unit: 'bytes'
	},
	{ id: 'off-site', label: 'Requests leaving the site (every page)', limit: 0, unit: 'count' },
	{ id: 'console', label: 'Console errors and warnings (every page)', limit: 0, unit: 'count' },
	{ id: 'poster-pdf', label: 'Each edition’s poster PDF (A1)', limit: 3 * MB, unit: 'bytes' }
];

/** A measured figure. For counts, `items` names what was counted (shown when over budget). */
export interface Figure {
	value: number;
	items?: string[];
}

export type Figures = Partial<Record<BudgetId, Figure>>;

export interface BudgetResult {
	budget: Budget;
	/** Undefined when the figure was not measured, which fails the budget. */
	figure?: Figure;
	ok: boolean;
}

export interface BudgetReport {
	results: BudgetResult[];
	ok: boolean;
	/** One line per budget exceeded or not measured; empty when every budget is met. */
	failures: string[];
}

export function formatSize(bytes: number): string {
	if (bytes >= MB) return `${(bytes / MB).toFixed(2)} MB`;
	return `${(bytes / KB).toFixed(1)} KB`;
}

function formatValue(value: number, unit: Budget['unit']): string {
	return unit === 'bytes' ? formatSize(value) : String(value);
}

/** How many of `items` to name in a failure message before "and N more". */
const ITEMS_SHOWN = 10;

function failureLine({ budget, figure }: BudgetResult): string {
	if (!figure) return `${budget.label}: not measured (budget ${formatValue(budget.limit, budget.unit)}).`;
	const over = figure.value - budget.limit;
	const line =
		`${budget.label}: ${formatValue(figure.value, budget.unit)} is over the budget of ` +
		`${formatValue(budget.limit, budget.unit)} by ${formatValue(over, budget.unit)}.`;
	const items = figure.items ?? [];
	if (!items.length) return line;
	const more = items.length > ITEMS_SHOWN ? [`… and ${items.length - ITEMS_SHOWN} more`] : [];
	return [line, ...items.slice(0, ITEMS_SHOWN).map((item) => `    ${item}`), ...more].join('\n');
}

/** Compares figures with budgets: every budget must have a figure, at or under its limit. */
export function checkBudgets(figures: Figures, budgets: readonly Budget[] = BUDGETS): BudgetReport {
	const results = budgets.map((budget): BudgetResult => {
		const figure = figures[budget.id];
		return { budget, figure, ok: figure !== undefined && figure.value <= budget.limit };
	});
	const failures = results.filter((r) => !r.ok).map(failureLine);
	return { results, ok: failures.length === 0, failures };
}

/** The figure-versus-budget table, in plain text. */
export function formatTable(results: BudgetResult[]): string {
	const rows = [
		['budget', 'figure', 'limit', ''],
		...results.map(({ budget, figure, ok }) => [
			budget.label,
			figure ? formatValue(figure.value, budget.unit) : '—',
			formatValue(budget.limit, budget.unit),
			ok ? 'ok' : 'OVER'
		])
	];
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	const line = (row: string[]) =>
		row
			.map((cell, column) =>
				column === 1 || column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])
			)
			.join('  ')
			.trimEnd();
	return [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The message `npm run budgets` fails with, naming every budget exceeded; empty when all are met. */
export function failureMessage(report: BudgetReport): string {
	if (report.ok) return '';
	const n = report.failures.length;
	return [`✗ ${n} budget${n === 1 ? '' : 's'} exceeded:`, ...report.failures.map((f) => `  - ${f}`)].join(
		'\n'
	);
}
