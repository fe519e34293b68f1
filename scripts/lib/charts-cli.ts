/** Options of `npm run charts`, parsed without side effects so they can be tested. */
export class UsageError extends Error {
	constructor(message: string) {
		super(`${message}\nRun with --help to see the options.`);
		this.name = 'UsageError';
	}
}

export interface ChartsOptions {
	out: string;
	root: string;
	help: boolean;
}

export const CHARTS_USAGE = `Exports every chart as SVG, PNG (1920 × 1080 and 3840 × 2160, light and dark),
CSV, the incident data, a README.txt and a PowerPoint deck.

Usage: npm run charts -- [options]

  --out DIR    where to write the files (default exports)
  --root DIR   the built site to read (default build)
  --help       show this help`;

export function parseChartsArgs(argv: string[]): ChartsOptions {
	const options: ChartsOptions = { out: 'exports', root: 'build', help: false };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split(/=(.*)/s, 2);
		if (flag === '--help' || flag === '-h') {
			options.help = true;
			continue;
		}
		if (flag !== '--out' && flag !== '--root') throw new UsageError(`Unknown option "${argv[i]}".`);
		const value = inline ?? argv[++i];
		if (!value || value.startsWith('--')) throw new UsageError(`${flag} needs a folder.`);
		options[flag === '--out' ? 'out' : 'root'] = value;
	}
	return options;
}
