/**
 * The files the build makes after the site itself, as pages link them. The
 * poster PDF can only be rendered from the built site, so scripts/build.ts
 * renders it, records it in .cache/poster.json, and builds the site again if
 * the record changed: pages read the record while prerendering, and their link
 * carries the file's real size. Without a record (`npm run build:site` on a
 * fresh clone) pages offer no poster link rather than a wrong one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fill } from '../content/format.ts';

export const POSTER_RECORD = '.cache/poster.json';

/** What the build wrote: the file's name under /downloads/, its size, and the sheet it is set for. */
export interface PosterRecord {
	file: string;
	bytes: number;
	/** The size as the link prints it, e.g. "1.2 MB". */
	label: string;
	/** The paper size, e.g. "A1". */
	sheet: string;
}

/** A file size the way a download link gives it: 1 234 567 → "1.2 MB", 85 000 → "85 kB". */
export function formatBytes(bytes: number): string {
	const kB = Math.round(bytes / 1e3);
	if (kB < 1000) return `${Math.max(1, kB)} kB`;
	return `${Number((bytes / 1e6).toFixed(bytes >= 9.95e6 ? 0 : 1))} MB`;
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

export function readPosterRecord(path = POSTER_RECORD): PosterRecord | undefined {
	const file = resolve(path);
	if (!existsSync(file)) return undefined;
	const record: unknown = JSON.parse(readFileSync(file, 'utf8'));
	if (!isRecord(record))
		throw new Error(
			`${path} is not a poster record ({ file, bytes, label, sheet }). Delete it and build again.`
		);
	return record;
}

/** The poster's link, its text filled from content's template ("… ({sheet}, {size})"), or none. */
export function posterLink(
	template: string,
	path = POSTER_RECORD
): { href: string; label: string } | undefined {
	const record = readPosterRecord(path);
	if (!record) return undefined;
	return {
		href: `/downloads/${record.file}`,
		label: fill(template, { sheet: record.sheet, size: record.label })
	};
}
