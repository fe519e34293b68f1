/**
 * Vite plugin: the web fonts carry only the characters the site can show. The
 * Latin subsets the font packages ship hold some 250 glyphs each; the site's
 * text, all of it in content/ and src/, uses far fewer, so each font loses
 * about half its weight, and the first screen arrives sooner on a slow network.
 * Each subset font gets a name from its own contents, so a content change
 * that adds a character gives it a new address, never a stale cached copy.
 * The fonts also gain the narrow no-break space French numbers are written with.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { withNarrowNoBreakSpace } from './font-alias.ts';

/** Printable ASCII and the spaces number formatting may use, whatever the text holds. */
const ALWAYS =
	Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '\u00a0\u2009\u202f';

function filesUnder(dir: string, pattern: RegExp): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return filesUnder(path, pattern);
		return pattern.test(name) ? [path] : [];
	});
}

/** Every character the site's words and code hold, with ASCII: what the fonts must keep. */
export function siteCharacters(root = '.'): string {
	const sources = [
		...filesUnder(join(root, 'content'), /\.(ya?ml|txt)$/),
		...filesUnder(join(root, 'src'), /\.(ts|svelte)$/)
	];
	const characters = new Set(ALWAYS);
	for (const file of sources) for (const character of readFileSync(file, 'utf8')) characters.add(character);
	return [...characters]
		.filter((c) => c >= ' ')
		.sort()
		.join('');
}

const FONT = /\.woff2$/;

/**
 * The font a bundled .woff2 was made from, with a glyph for U+202F (./font-alias.ts): read from
 * the package's .woff beside it, whose tables are plain zlib and so can be edited here.
 */
function sourceFont(woff2: string | undefined): Buffer {
	if (!woff2) throw new Error('font-subset: a bundled font has no source file to subset from');
	return withNarrowNoBreakSpace(readFileSync(woff2.replace(/\.woff2$/, '.woff')));
}

export function fontSubset(): Plugin {
	return {
		name: 'font-subset',
		apply: 'build',
		async generateBundle(_, bundle) {
			const text = siteCharacters();
			const renames = new Map<string, string>();
			for (const [fileName, asset] of Object.entries(bundle)) {
				if (asset.type !== 'asset' || !FONT.test(fileName)) continue;
				const subset = await subsetFont(sourceFont(asset.originalFileNames[0]), text, {
					targetFormat: 'woff2'
				});
				const hash = createHash('sha256').update(subset).digest('base64url').slice(0, 8);
				const renamed = fileName.replace(/\.[\w-]+\.woff2$/, `.${hash}.woff2`);
				delete bundle[fileName];
				this.emitFile({
					type: 'asset',
					fileName: renamed,
					source: subset,
					originalFileName: asset.originalFileNames[0]
				});
				renames.set(fileName, renamed);
			}
			// Stylesheets and scripts name the fonts by file, and so does the list of files each chunk
			// uses (which becomes Vite's manifest, from which SvelteKit preloads fonts): rename them all.
			const base = (path: string) => path.split('/').pop()!;
			const rename = (text: string) => {
				for (const [from, to] of renames) text = text.replaceAll(base(from), base(to));
				return text;
			};
			for (const item of Object.values(bundle)) {
				if (item.type === 'asset') {
					if (typeof item.source === 'string') item.source = rename(item.source);
					continue;
				}
				item.code = rename(item.code);
				const used = item.viteMetadata?.importedAssets;
				for (const [from, to] of renames) if (used?.delete(from)) used.add(to);
			}
		}
	};
}
