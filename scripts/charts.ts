/** `npm run charts -- --out DIR`: every chart in every format, and a slide deck, for a presentation. */
import { join } from 'node:path';
import { BrowserNotFoundError } from './lib/browser.ts';
import { deckFileOf, ExportError, exportCharts } from './lib/chart-export.ts';
import { parseChartsArgs, CHARTS_USAGE, UsageError } from './lib/charts-cli.ts';
import { builtAddress } from './lib/built-site.ts';

try {
	const options = parseChartsArgs(process.argv.slice(2));
	if (options.help) {
		console.log(CHARTS_USAGE);
	} else {
		await exportCharts({
			root: options.root,
			outDir: options.out,
			lang: options.lang,
			deckFile: join(options.out, deckFileOf(options.lang)),
			// The files cite the site where its pages say it is published.
			siteUrl: builtAddress(options.root)?.url ?? '',
			everything: true,
			log: (line) => console.log(line)
		});
		console.log(`Files are in ${options.out}/ (see README.txt there).`);
	}
} catch (error) {
	if (error instanceof UsageError || error instanceof ExportError || error instanceof BrowserNotFoundError) {
		console.error(`✗ ${error.message}`);
		process.exit(2);
	}
	throw error;
}
