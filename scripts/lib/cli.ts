/**
 * Options of `npm run poster` (scripts/poster.ts), parsed without side effects
 * so that every accepted and refused command line is unit-tested.
 */
import { join } from 'node:path';
import { BASE_LANG, LANG_FOLDER } from '../../src/lib/content/editions.ts';
import { POSTER_SHEET, posterFileName } from '../../src/lib/server/downloads.ts';
import { parseCommandLine, usageText, UsageError, type CommandLine, type OptionSpecs } from './args.ts';

/** ISO 216 sheets in millimetres, portrait. */
export const SHEETS = {
	A0: { width: 841, height: 1189 },
	A1: { width: 594, height: 841 },
	A2: { width: 420, height: 594 },
	A3: { width: 297, height: 420 }
} as const;
export type SheetSize = keyof typeof SHEETS;
export const SHEET_SIZES = Object.keys(SHEETS) as SheetSize[];
export const DEFAULT_SIZE: SheetSize = POSTER_SHEET;

export interface PosterOptions {
	size: SheetSize;
	/** The edition: `en`, `fr`, `de` (a folder of content/). */
	lang: string;
	/** Where the PDF goes. */
	out: string;
	/** The built site to serve (ignored when `url` is given). */
	root: string;
	/** A deployed site to render instead of `root`. */
	url?: string;
	help: boolean;
}

export { UsageError };

export const POSTER_COMMAND = {
	about: 'Renders the poster to a PDF.',
	usage: 'npm run poster -- [options]',
	options: {
		size: {
			type: 'string',
			value: SHEET_SIZES.join('|'),
			needs: `one of ${SHEET_SIZES.join(' ')}`,
			description: `the sheet, portrait (default ${DEFAULT_SIZE})`
		},
		lang: {
			type: 'string',
			value: 'CODE',
			description: `the edition, a folder of content/ such as fr or de (default ${BASE_LANG})`
		},
		out: {
			type: 'string',
			value: 'PATH',
			description: `where to write the PDF\n(default build/downloads/${posterFileName(DEFAULT_SIZE)})`
		},
		root: { type: 'string', value: 'DIR', description: 'the built site to render (default build)' },
		url: {
			type: 'string',
			value: 'URL',
			description: 'render a deployed site instead, e.g. https://example.org/'
		},
		help: { type: 'boolean', short: 'h', description: 'show this help' }
	}
} satisfies CommandLine<OptionSpecs>;

export const POSTER_USAGE = usageText(POSTER_COMMAND);

/** The PDF's file name for a sheet and edition: peace-and-stability-in-cyberspace-a1.pdf, …-a1-de.pdf. */
function editionCode(value: string): string {
	if (LANG_FOLDER.test(value)) return value;
	throw new UsageError(
		`--lang needs a language code such as fr or de, a folder of content/ (got "${value}").`
	);
}

function sheetSize(value: string): SheetSize {
	const size = value.toUpperCase();
	if ((SHEET_SIZES as string[]).includes(size)) return size as SheetSize;
	throw new UsageError(`Unknown sheet size "${value}". Allowed sizes: ${SHEET_SIZES.join(' ')}.`);
}

function siteUrl(value: string): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new UsageError(`--url needs a full address such as https://example.org/ (got "${value}").`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		throw new UsageError(`--url must be an http or https address (got "${value}").`);
	return url.href;
}

/** Parses argv (without `node script`): `--size A3`, `--size=A3`, and so on. Throws UsageError. */
export function parsePosterArgs(argv: string[]): PosterOptions {
	const given = parseCommandLine(POSTER_COMMAND, argv);
	if (given.url && given.root) throw new UsageError('Give --url or --root, not both.');
	const size = given.size ? sheetSize(given.size) : DEFAULT_SIZE;
	const lang = given.lang ? editionCode(given.lang) : BASE_LANG;
	const root = given.root ?? 'build';
	return {
		size,
		lang,
		out: given.out ?? join(given.url ? 'build' : root, 'downloads', posterFileName(size, lang)),
		root,
		url: given.url ? siteUrl(given.url) : undefined,
		help: given.help
	};
}
