/**
 * How wide each character the charts can show is set, as the fonts themselves say (HarfBuzz
 * reads their advance widths), so labels are placed by their real widths.
 *
 * A chart's words are set in Source Sans 3 on the site. A downloaded SVG opened where Source
 * Sans 3 is not installed is set in Segoe UI (Windows; not measured here) or Arial (on Linux its
 * metric twin, Liberation Sans), which runs wider. Each character takes the wider of Source Sans 3
 * and Liberation Sans, so a label placed clear of its neighbours stays clear in either. Bold is
 * the widest of Source Sans 3's 600 and 700 and Liberation Sans Bold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { siteCharacters } from './font-subset.ts';

const require = createRequire(import.meta.url);
const sourceSans = (weight: number) =>
	require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`);
/**
 * Where Debian's fonts-liberation (1.07, whose widths the table holds) or fonts-liberation2 puts
 * Arial's metric twin; LIBERATION_DIR names another folder.
 */
const LIBERATION =
	process.env.LIBERATION_DIR ??
	['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/truetype/liberation2'].find((dir) =>
		existsSync(dir)
	) ??
	'/usr/share/fonts/truetype/liberation';

/** Where the table is kept, for the charts to read in the browser as on the server. */
export const ADVANCE_WIDTHS_FILE = 'src/lib/charts/advance-widths.json';

export const FACES = {
	regular: [sourceSans(400), `${LIBERATION}/LiberationSans-Regular.ttf`],
	bold: [sourceSans(600), sourceSans(700), `${LIBERATION}/LiberationSans-Bold.ttf`]
};

const NARROW_NO_BREAK_SPACE = '\u202f';
const THIN_SPACE = '\u2009';

/** Per character, its advance in thousandths of an em: [regular, bold]. */
export type AdvanceWidths = Record<string, [number, number]>;

/** Each character's advance in one font, in thousandths of an em; absent where it has no glyph. */
async function advancesIn(path: string, characters: string[]): Promise<Map<string, number>> {
	let data: Buffer;
	try {
		data = readFileSync(path);
	} catch (error) {
		throw new Error(
			`advance-widths: cannot read ${path} (${(error as NodeJS.ErrnoException).code}). Install Liberation ` +
				'Sans (Debian: apt-get install fonts-liberation), or set LIBERATION_DIR to the folder that holds its .ttf files.',
			{ cause: error }
		);
	}
	// HarfBuzz reads plain OpenType, not WOFF2: let subset-font unpack it, keeping every character.
	const sfnt = path.endsWith('.woff2')
		? await subsetFont(data, characters.join(''), { targetFormat: 'sfnt' })
		: data;
	const font = new hb.Font(new hb.Face(new hb.Blob(sfnt)));
	const upem = font.face.upem;
	const widths = new Map<string, number>();
	for (const character of characters) {
		const glyph = font.nominalGlyph(character.codePointAt(0)!);
		if (glyph !== undefined && glyph !== 0)
			widths.set(character, Math.round((font.glyphHAdvance(glyph) * 1000) / upem));
	}
	return widths;
}

/**
 * The widths table for every character the site's words and code hold, and the characters no face
 * has (a character only the regular faces have takes their width in bold too).
 */
export async function measureAdvanceWidths(): Promise<{ table: AdvanceWidths; unmeasured: string[] }> {
	const characters = [...siteCharacters()];
	const widest = async (paths: string[]) => {
		const fonts = await Promise.all(paths.map((path) => advancesIn(path, characters)));
		return (c: string) => {
			const widths = fonts.flatMap((font) => (font.has(c) ? [font.get(c)!] : []));
			return widths.length ? Math.max(...widths) : undefined;
		};
	};
	const [regular, bold] = await Promise.all([widest(FACES.regular), widest(FACES.bold)]);
	// The site's fonts give the narrow no-break space the thin space's glyph (./font-alias.ts).
	const glyphOf = (c: string) => (c === NARROW_NO_BREAK_SPACE ? THIN_SPACE : c);
	const table: AdvanceWidths = {};
	const unmeasured: string[] = [];
	for (const c of characters.sort()) {
		const normal = regular(glyphOf(c));
		if (normal === undefined) unmeasured.push(c);
		else table[c] = [normal, bold(glyphOf(c)) ?? normal];
	}
	return { table, unmeasured };
}
