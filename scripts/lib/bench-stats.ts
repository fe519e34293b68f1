/** Small statistics and formatting for `npm run bench`. */

/** The median; for an even count, the mean of the middle two. NaN for no values. */
export function median(values: number[]): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (0–100), nearest rank. NaN for no values. */
export function percentile(values: number[], p: number): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
export const seconds = (value: number) => (Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : '—');
export const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '—');

/** A plain-text table: the first row is the header; columns after the first are right-aligned. */
export function table(rows: string[][]): string {
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
	const line = (row: string[]) =>
		row
			.map((cell = '', column) =>
				column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
			)
			.join('  ')
			.trimEnd();
	return [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
