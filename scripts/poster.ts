/**
 * `npm run poster -- [--size A0|A1|A2|A3] [--lang fr] [--out PATH] [--root DIR] [--url URL]`:
 * renders the poster page of the built site (or of a deployed one) to a PDF.
 * Exit status: 0 written, 1 the poster could not be made, 2 a bad command line.
 */
import { BrowserNotFoundError } from './lib/browser.ts';
import { parsePosterArgs, POSTER_USAGE, UsageError } from './lib/cli.ts';
import { makePoster } from './lib/make-poster.ts';
import { PosterError } from './lib/render-poster.ts';
import { formatBytes } from '../src/lib/server/downloads.ts';
import { ContentError } from '../src/lib/content/parse.ts';

async function main(argv: string[]): Promise<number> {
	let options;
	try {
		options = parsePosterArgs(argv);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(error.message);
		return 2;
	}
	if (options.help) {
		console.log(POSTER_USAGE);
		return 0;
	}
	try {
		const { bytes, pages } = await makePoster(options, (line) => console.log(line));
		console.log(`✓ Wrote ${options.out} (${formatBytes(bytes)}, ${pages} page${pages === 1 ? '' : 's'})`);
		return 0;
	} catch (error) {
		const known = [PosterError, BrowserNotFoundError, ContentError].some((kind) => error instanceof kind);
		console.error(`✗ No poster written. ${known ? (error as Error).message : (error as Error).stack}`);
		return 1;
	}
}

process.exitCode = await main(process.argv.slice(2));
