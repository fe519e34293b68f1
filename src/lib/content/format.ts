/** Numbers and dates written the way the poster writes them, and in another edition as its language does. */
import type { Figure, HeadlineFigure, Story } from './schema';
import { typographyOf } from './typography.ts';

/** What an edition writes numbers with: its language, the names of the measures, and the words
 * around a number that content gives (`over {figure}`, `\${value}m`). */
export type NumberWords = Pick<Story, 'measures' | 'numberWords'> & { lang: string };

// English is written out rather than asked of Intl, as the poster writes it (Intl's en-GB says "Sep",
// "3B"); other editions take their language's forms from Intl.

/** Short month names as en-GB writes them (note "Sept"). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
	let format = formats.get(key) as F | undefined;
	if (!format) formats.set(key, (format = make()));
	return format;
}

/** "2013-08" → "Aug 2013" (`fr` "août 2013", `de` "August 2013"); "2013" → "2013"; a day
 * "2026-12-04" → "4 Dec 2026" (`fr` "4 décembre 2026", `de` "4. Dezember 2026"; the first is
 * `fr` "1er décembre 2026"). */
export function formatDate(date: string, lang = 'en'): string {
	const [year, month, day] = date.split('-');
	if (!month) return year;
	if (lang === 'en') return `${day ? `${Number(day)} ` : ''}${MONTHS[Number(month) - 1]} ${year}`;
	const format = cached(
		`date:${lang}:${day ? 'day' : 'month'}`,
		() =>
			new Intl.DateTimeFormat(lang, {
				...(day ? { day: 'numeric' } : {}),
				month: 'long',
				year: 'numeric',
				timeZone: 'UTC'
			})
	);
	return ordinalFirst(
		format.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)))),
		Number(day),
		lang
	);
}

/** Some languages write the first day of a month as an ordinal (`fr` "1er juin"), which Intl does not. */
function ordinalFirst(written: string, day: number, lang: string): string {
	const { firstOfMonth } = typographyOf(lang);
	return firstOfMonth && day === 1 ? written.replace(/^1(?=\D)/, firstOfMonth) : written;
}

/**
 * Full digits with thousands separators, as on the poster: 3,000,000,000 in English; in another
 * edition as its language writes them (`fr` 3 000 000 000 with narrow no-break spaces, `de`
 * 3.000.000.000). Only English is asked of the page's script, so Intl stays out of it.
 */
export function formatNumber(value: number, lang = 'en'): string {
	if (lang === 'en' && Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
	const locale = lang === 'en' ? 'en-GB' : lang;
	return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** "143,000,000 records", "over 40 websites" (`fr` "plus de 40 sites web"). */
export function formatFigure(figure: Figure, words: NumberWords): string {
	const counted = `${formatNumber(figure.value, words.lang)} ${words.measures[figure.measure]}`;
	return figure.qualifier === 'over' ? fill(words.numberWords.over, { figure: counted }) : counted;
}

/** Short form for chart labels: 3 bn, 383 m, 1.5 m (`fr` 3 Md, 383 M, 1,5 M; `de` 3 Mrd., 383 Mio.). */
export function formatCompact(value: number, lang = 'en'): string {
	if (lang !== 'en')
		return cached(`compact:${lang}`, () => new Intl.NumberFormat(lang, { notation: 'compact' })).format(
			value
		);
	const units: [number, string][] = [
		[1e9, ' bn'],
		[1e6, ' m'],
		[1e3, ' k']
	];
	for (const [size, unit] of units)
		if (value >= size) return `${Number((value / size).toPrecision(3))}${unit}`;
	return String(value);
}

/** The two headline figures: 67 percent → "67%" (`fr`, `de` "67 %"); 13 usd-million → "$13m", as
 * the edition's `numberWords.usdMillion` writes it around the number ("13 M$", "13 Mio. US-Dollar"). */
export function formatHeadline(figure: Pick<HeadlineFigure, 'value' | 'unit'>, words: NumberWords): string {
	if (figure.unit === 'usd-million')
		return fill(words.numberWords.usdMillion, { value: formatNumber(figure.value, words.lang) });
	if (words.lang === 'en') return `${figure.value}%`;
	return cached(
		`percent:${words.lang}`,
		() => new Intl.NumberFormat(words.lang, { style: 'percent' })
	).format(figure.value / 100);
}

/** Fills "{name}" placeholders in content text. */
export function fill(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/**
 * A full date as running text writes it: "2012-06-01" → "1 June 2012" (`fr` "1er juin 2012", `de`
 * "1. Juni 2012"); a month alone, "2013-02" → "February 2013". Only the build writes these.
 */
export function formatLongDate(date: string, lang = 'en'): string {
	const [year, month, day] = date.split('-').map(Number);
	const locale = lang === 'en' ? 'en-GB' : lang;
	const options: Intl.DateTimeFormatOptions = day
		? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
		: { month: 'long', year: 'numeric', timeZone: 'UTC' };
	const written = cached(
		`long:${locale}:${day ? 'day' : 'month'}`,
		() => new Intl.DateTimeFormat(locale, options)
	).format(new Date(Date.UTC(year, month - 1, day || 1)));
	return ordinalFirst(written, day, lang);
}
