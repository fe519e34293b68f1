/**
 * One poster, from options to file: checks there is a site to render, serves
 * build/ on a free loopback port (or takes a deployed site's address), reads
 * the PDF's metadata from content/, and renders. Used by `npm run poster` and
 * by `npm run build`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getContent } from '../../src/lib/server/content.ts';
import type { Content } from '../../src/lib/content/parse.ts';
import { inEdition } from '../../src/lib/content/editions.ts';
import type { PosterOptions } from './cli.ts';
import type { PdfMetadata } from './pdf.ts';
import { PosterError, renderPoster } from './render-poster.ts';
import { startStaticServer } from './static-server.ts';

/** Title, subject and author as the poster states them; keywords from its kicker and threat names. */
export function posterMetadata(content: Content): PdfMetadata {
	const { meta, opening } = content.story;
	return {
		title: meta.title,
		subject: meta.description,
		author: meta.posterAttribution,
		keywords: [opening.kicker, ...content.threats.map((t) => t.name)],
		language: content.lang
	};
}

export async function makePoster(
	options: Pick<PosterOptions, 'size' | 'lang' | 'out' | 'root' | 'url'>,
	log: (line: string) => void = () => {}
): Promise<{ bytes: number; pages: number }> {
	if (!options.url && !existsSync(join(options.root, 'index.html')))
		throw new PosterError(
			`There is no built site in ${options.root}/ (no index.html). Run npm run build first.`
		);
	let content;
	try {
		content = getContent(options.lang);
	} catch (error) {
		throw new PosterError(`${(error as Error).message} Give one of them with --lang.`);
	}
	const metadata = posterMetadata(content);
	// The edition's poster page: /poster in English, /fr/poster in French.
	const page = inEdition(content.lang, '/poster').slice(1);
	const site = options.url ? undefined : await startStaticServer(options.root, 0);
	try {
		const url = options.url ? new URL(page, options.url.replace(/\/?$/, '/')).href : `${site!.url}/${page}`;
		return await renderPoster({ url, size: options.size, out: options.out, metadata, log });
	} finally {
		await site?.close();
	}
}
