/**
 * The files the build makes after the site itself, as pages link them. Each edition's poster is
 * rendered from the built site (scripts/build.ts), so its pages link it by its name and sheet;
 * the browser shows its size as it downloads.
 */
import { fill } from '../content/format.ts';
import { BASE_LANG } from '../content/editions.ts';
import type { Content } from '../content/parse.ts';

/** The sheet the build prints every edition's poster on. */
export const POSTER_SHEET = 'A1';

/** An edition's poster file under /downloads/: peace-and-stability-in-cyberspace-a1-fr.pdf. */
export function posterFileName(sheet: string = POSTER_SHEET, lang: string = BASE_LANG): string {
	const edition = lang === BASE_LANG ? '' : `-${lang}`;
	return `peace-and-stability-in-cyberspace-${sheet.toLowerCase()}${edition}.pdf`;
}

/** A file size as a person reads it: 1 234 567 → "1.2 MB" ("1,2 Mo" in French), 85 000 → "85 kB". */
export function formatBytes(bytes: number, lang: string = BASE_LANG): string {
	const kB = Math.round(bytes / 1e3);
	const unit = (unit: string, value: number) =>
		new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
	if (kB < 1000) return unit('kilobyte', Math.max(1, kB));
	return unit('megabyte', Number((bytes / 1e6).toFixed(bytes >= 9.95e6 ? 0 : 1)));
}

/** An edition's poster link, its text filled from its template ("Download the poster (PDF, {sheet})"). */
export function posterLink(content: Pick<Content, 'lang' | 'story'>): { href: string; label: string } {
	return {
		href: `/downloads/${posterFileName(POSTER_SHEET, content.lang)}`,
		label: fill(content.story.opening.posterLink, { sheet: POSTER_SHEET })
	};
}
