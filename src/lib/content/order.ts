/**
 * Orders for the site's text without the browser's collator: `localeCompare`
 * sets up an ICU collator on first use, which costs a phone's browser tens of
 * milliseconds in the page's script. The content is English and plain
 * ASCII, which these orders sort as `localeCompare` does.
 */

/** Dates as the content writes them ("2013", "2013-08"): as text, they sort in time order. */
export function compareDates(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Names and labels alphabetically, capitals and small letters alike, then capitals first. */
export function compareNames(a: string, b: string): number {
	return compareDates(a.toLowerCase(), b.toLowerCase()) || compareDates(a, b);
}
