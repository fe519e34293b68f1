/** Tables as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the accents). */
export interface CsvTable {
	columns: { key: string; label: string }[];
	rows: Record<string, string | number | null | undefined>[];
}

function cell(value: string | number | null | undefined): string {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: CsvTable, { header = 'label' }: { header?: 'label' | 'key' } = {}): string {
	const head = table.columns.map((c) => cell(header === 'key' ? c.key : c.label)).join(',');
	const body = table.rows.map((row) => table.columns.map((c) => cell(row[c.key])).join(','));
	return '\uFEFF' + [head, ...body].join('\r\n') + '\r\n';
}
