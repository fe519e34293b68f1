/**
 * The files the build makes after the site itself, as pages link them. An
 * edition's poster PDF can only be rendered from the built site, so
 * scripts/build.ts renders it, records it in .cache/poster.json (French in
 * .cache/poster-fr.json, …), and builds the site again if a record changed:
 * pages read the record while prerendering, and their link carries the file's
 * real size. Without a record (`npm run build:site` on a fresh clone) pages
 * offer no poster link rather than a wrong one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fill } from '../content/format.ts';
import { BASE_LANG } from '../content/editions.ts';
import type { Content } from '../content/parse.ts';

/** Where the build records an edition's poster. */
export const posterRecordPath = (lang: string = BASE_LANG): string =>
	lang === BASE_LANG ? '.cache/poster.json' : `.cache/poster-${lang}.json`;

/** What the build wrote: the file's name under /downloads/, its size, and the sheet it is set for. */
export interface PosterRecord {
	file: string;
	bytes: number;
	/** The size as the link prints it, e.g. "1.2 MB". */
	label: string;
	/** The paper size, e.g. "A1". */
	sheet: string;
}

/** A file size the way a download link gives it: 1 234 567 → "1.2 MB" ("1,2 Mo" in French), 85 000 → "85 kB". */
export function formatBytes(bytes: number, lang: string = BASE_LANG): string {
	const kB = Math.round(bytes / 1e3);
	const unit = (unit: string, value: number) =>
		new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
	if (kB < 1000) return unit('kilobyte', Math.max(1, kB));
	return unit('megabyte', Number((bytes / 1e6).toFixed(bytes >= 9.95e6 ? 0 : 1)));
}

function isRecord(value: unknown): value is PosterRecord {
	const r = value as Partial<PosterRecord> | null;
	return (
		typeof r === 'object' &&
		r !== null &&
		typeof r.file === 'string' &&
		/^[\w.-]+\.pdf$/.test(r.file) &&
		typeof r.bytes === 'number' &&
		typeof r.label === 'string' &&
		typeof r.sheet === 'string'
	);
}

export function readPosterRecord(path = posterRecordPath()): PosterRecord | undefined {
	const file = resolve(path);
	if (!existsSync(file)) return undefined;
	const record: unknown = JSON.parse(readFileSync(file, 'utf8'));
	if (!isRecord(record))
		throw new Error(
			`${path} is not a poster record ({ file, bytes, label, sheet }). Delete it and build again.`
		);
	return record;
}

/** An edition's poster link, its text filled from its template ("… ({sheet}, {size})"), or none. */
export function posterLink(
	content: Pick<Content, 'lang' | 'story'>,
	path = posterRecordPath(content.lang)
): { href: string; label: string } | undefined {
	const record = readPosterRecord(path);
	if (!record) return undefined;
	return {
		href: `/downloads/${record.file}`,
		label: fill(content.story.opening.posterLink, {
			sheet: record.sheet,
			size: formatBytes(record.bytes, content.lang)
		})
	};
}
