/** Options of `npm run charts`, parsed without side effects so they can be tested. */
import { parseCommandLine, usageText, UsageError, type CommandLine, type OptionSpecs } from './args.ts';

export { UsageError };

export interface ChartsOptions {
	out: string;
	/** The edition, a folder of content/ (default en). */
	lang: string;
	root: string;
	help: boolean;
}

export const CHARTS_COMMAND = {
	about:
		'Exports every chart as SVG, PNG (1920 × 1080 and 3840 × 2160, light and dark),\n' +
		'CSV, the incident data, a README.txt and a PowerPoint deck.',
	usage: 'npm run charts -- [options]',
	options: {
		out: {
			type: 'string',
			value: 'DIR',
			needs: 'a folder',
			description: 'where to write the files (default exports)'
		},
		lang: {
			type: 'string',
			value: 'CODE',
			needs: 'a language code such as fr',
			description: 'the edition, a folder of content/ such as fr or de (default en)'
		},
		root: {
			type: 'string',
			value: 'DIR',
			needs: 'a folder',
			description: 'the built site to read (default build)'
		},
		help: { type: 'boolean', short: 'h', description: 'show this help' }
	}
} satisfies CommandLine<OptionSpecs>;

export const CHARTS_USAGE = usageText(CHARTS_COMMAND);

/** Parses argv (without `node script`). Throws UsageError. */
export function parseChartsArgs(argv: string[]): ChartsOptions {
	const given = parseCommandLine(CHARTS_COMMAND, argv);
	return {
		out: given.out ?? 'exports',
		lang: given.lang ?? 'en',
		root: given.root ?? 'build',
		help: given.help
	};
}
