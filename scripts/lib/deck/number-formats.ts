/**
 * Number formats that read in the deck's language on any machine. A format's
 * "," is the viewer's own thousands separator (a French deck with `#,##0` shows
 * 3,000,000,000 on an English system), so the edition's separator is written
 * into the format as a literal, group by group: `#" "###" "###" "##0`. A literal
 * shows even where no digit is left of it, so each size of number (one, two,
 * three … groups of digits) gets a section of its own, chosen by a condition.
 */
import { formatCompact, formatNumber } from '../../../src/lib/content/format.ts';

/** The edition's thousands separator, as the site writes its numbers: ",", " " (narrow no-break), ".". */
const separatorOf = (lang: string) => formatNumber(1000, lang).replace(/\d/g, '');

const groupsOf = (value: number) => Math.ceil(String(Math.max(1, Math.trunc(value))).length / 3);

/** The digits of a number of `groups` groups of three: 0, #" "##0, #" "###" "##0, … */
function grouped(groups: number, separator: string): string {
	if (groups === 1) return '0';
	const literal = `"${separator}"`;
	return `#${`${literal}###`.repeat(groups - 2)}${literal}##0`;
}

interface Section {
	/** The smallest value the section writes. */
	from: number;
	code: string;
}

/**
 * One format for all of `values`, each written by `sectionOf`. A number format holds at most two
 * conditions and a default, so at most three kinds of number: more stops the build.
 */
function formatFor(values: number[], sectionOf: (value: number) => Section): string {
	const sections = [...new Map(values.map(sectionOf).map((s) => [s.code, s])).values()].sort(
		(a, b) => b.from - a.from
	);
	if (sections.length > 3)
		throw new Error(
			`Numbers from ${Math.min(...values)} to ${Math.max(...values)} need more than one number format`
		);
	const last = sections.pop()!;
	return [...sections.map((s) => `[>=${s.from}]${s.code}`), last.code].join(';');
}

/** Every value in full, 3 000 000 000 (`de` 3.000.000.000), as the factsheet gives the figures. */
export function fullNumberFormat(values: number[], lang: string): string {
	const separator = separatorOf(lang);
	return formatFor(values, (value) => {
		const groups = groupsOf(value);
		return { from: groups === 1 ? 0 : 1000 ** (groups - 1), code: grouped(groups, separator) };
	});
}

/** Billions and millions short, as the site's axis has them: 10 bn, 1 m (`fr` 10 Md, `de` 10 Mrd.). */
export function compactNumberFormat(values: number[], lang: string): string {
	const separator = separatorOf(lang);
	return formatFor(values, (value) => {
		const thousands = value >= 1e9 ? 3 : value >= 1e6 ? 2 : 0;
		const unit = 1000 ** thousands;
		const groups = groupsOf(value / unit);
		// "1 Md" less its "1": the unit word with its space, as Intl writes it for the edition.
		const word = thousands ? `"${formatCompact(unit, lang).replace(/^1/, '').replace(/"/g, '')}"` : '';
		return {
			from: unit * (groups === 1 ? 1 : 1000 ** (groups - 1)),
			code: `${grouped(groups, separator)}${','.repeat(thousands)}${word}`
		};
	});
}
