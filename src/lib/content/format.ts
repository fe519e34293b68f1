/** Numbers and dates written the way the poster writes them. */
import type { Figure, HeadlineFigure, Story } from './schema';

// Written out rather than asked of Intl: making an Intl formatter costs a phone's browser tens of
// milliseconds (loading locale data) in the page's script, and the text is the same everywhere.

/** Short month names as en-GB writes them (note "Sept"). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "2013-08" → "Aug 2013"; "2013" → "2013". */
export function formatDate(date: string): string {
	const [year, month] = date.split('-');
	return month ? `${MONTHS[Number(month) - 1]} ${year}` : year;
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Full digits with thousands separators, as on the poster: 3,000,000,000 in English; in another
 * edition as its language writes them (`fr` 3 000 000 000 with narrow no-break spaces, `de`
 * 3.000.000.000). Only English is asked of the page's script, so Intl stays out of it.
 */
export function formatNumber(value: number, lang = 'en'): string {
	if (lang === 'en' && Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
	const locale = lang === 'en' ? 'en-GB' : lang;
	let format = formats.get(locale);
	if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale)));
	return format.format(value);
}

/** "143,000,000 records", "over 40 websites". */
export function formatFigure(figure: Figure, measures: Story['measures']): string {
	const over = figure.qualifier === 'over' ? 'over ' : '';
	return `${over}${formatNumber(figure.value)} ${measures[figure.measure]}`;
}

/** Short form for chart labels: 3 bn, 383 m, 1.5 m. */
export function formatCompact(value: number): string {
	const units: [number, string][] = [
		[1e9, ' bn'],
		[1e6, ' m'],
		[1e3, ' k']
	];
	for (const [size, unit] of units)
		if (value >= size) return `${Number((value / size).toPrecision(3))}${unit}`;
	return String(value);
}

/** The two headline figures: 67 percent → "67%", 13 usd-million → "$13m". */
export function formatHeadline(figure: Pick<HeadlineFigure, 'value' | 'unit'>): string {
	return figure.unit === 'percent' ? `${figure.value}%` : `$${figure.value}m`;
}

/** Fills "{name}" placeholders in content text. */
export function fill(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
