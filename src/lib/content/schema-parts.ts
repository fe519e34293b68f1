/**
 * The pieces the content schemas are built from (schema.ts, schema-words.ts): ids, text,
 * dates, counts, colours, and the measures an incident's figures count.
 */
import * as v from 'valibot';

/**
 * An object that refuses fields it does not know. A loose one would drop a misspelt field
 * ("qualifer: over") without a word, and what it said would be gone from every page; this one
 * tells the editor which fields, every one of them at once (valibot's strictObject stops at the
 * first), and the fields the object takes (or, where some are optional, `expected`, which says
 * which). It gives what a strict object gives: the known fields.
 */
export function fields<E extends v.ObjectEntries>(entries: E, expected?: string) {
	const names = Object.keys(entries).join(', ');
	return v.pipe(
		v.objectWithRest(
			entries,
			v.never(`not a field here: ${expected ?? `expected only ${names}`}`),
			expected ?? `expected the fields ${names}`
		),
		v.transform((known): v.InferOutput<v.ObjectSchema<E, undefined>> => known)
	);
}

export const id = v.pipe(
	v.string('expected an id (text)'),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and hyphens')
);
export const text = v.pipe(v.string('expected text'), v.trim(), v.nonEmpty('expected text, got nothing'));
const YEAR = '(19|20)\\d{2}';
const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12]\\d|3[01])';
/** A day that the calendar has: "2026-02-31" would otherwise be printed as 3 March. */
const onCalendar = v.check(
	(date: string) => date.length < 10 || new Date(`${date}T00:00:00Z`).toISOString().startsWith(date),
	'expected a day the month has'
);
export const yearMonth = v.pipe(
	v.string('expected a date in quotes, "YYYY" or "YYYY-MM"'),
	v.regex(new RegExp(`^${YEAR}(-${MONTH})?$`), 'expected a date "YYYY" or "YYYY-MM"')
);
/** A day or, where only the month is known, a month: "2012-06-01", "2013-02". */
export const isoDate = v.pipe(
	v.string('expected a date in quotes, "YYYY-MM-DD" or "YYYY-MM"'),
	v.regex(new RegExp(`^${YEAR}-${MONTH}(-${DAY})?$`), 'expected a date "YYYY-MM-DD" or "YYYY-MM"'),
	onCalendar
);
/** A day: "2026-12-07". When a page was read is always known to the day. */
export const isoDay = v.pipe(
	v.string('expected a date in quotes, "YYYY-MM-DD"'),
	v.regex(new RegExp(`^${YEAR}-${MONTH}-${DAY}$`), 'expected a date "YYYY-MM-DD"'),
	onCalendar
);
/** A list of references by id ([] for none). */
export const ids = v.array(id, 'expected a list of ids ([] for none)');
export const count = v.pipe(
	v.number('expected a number'),
	v.finite('expected a finite number'),
	v.minValue(0, 'expected a number of 0 or more')
);
export const hex = v.pipe(
	v.string('expected a colour'),
	v.regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour "#rrggbb"')
);

export const Measures = [
	'accounts',
	'records',
	'companies',
	'countries',
	'industries',
	'websites',
	'entities'
] as const;
export type Measure = (typeof Measures)[number];
