/** Options of `npm run bench` (scripts/bench.ts), parsed without side effects so they can be tested. */
import { parseCommandLine, usageText, UsageError, type CommandLine, type OptionSpecs } from './args.ts';

export { UsageError };

export const DEFAULT_RUNS = 3;

export interface BenchOptions {
	/** Build first (false with --no-build, when a build exists). */
	build: boolean;
	/** Lighthouse rounds. */
	runs: number;
	help: boolean;
}

export const BENCH_COMMAND = {
	about: 'Measures how fast the built site is on this machine, and writes bench/results.json.',
	usage: 'npm run bench -- [options]',
	options: {
		'no-build': {
			type: 'boolean',
			description: 'measure the site in build/ as it is (it is built if there is none)'
		},
		runs: {
			type: 'string',
			value: 'N',
			needs: 'a whole number ≥ 1',
			description: `Lighthouse rounds, medians taken (default ${DEFAULT_RUNS})`
		},
		help: { type: 'boolean', short: 'h', description: 'show this help' }
	}
} satisfies CommandLine<OptionSpecs>;

export const BENCH_USAGE = usageText(BENCH_COMMAND);

/** Parses argv (without `node script`). Throws UsageError. */
export function parseBenchArgs(argv: string[]): BenchOptions {
	const given = parseCommandLine(BENCH_COMMAND, argv);
	const runs = given.runs === undefined ? DEFAULT_RUNS : Number(given.runs);
	if (!/^\d+$/.test(given.runs ?? '1') || !Number.isSafeInteger(runs) || runs < 1)
		throw new UsageError(`--runs needs a whole number ≥ 1 (got "${given.runs}").`);
	return { build: !given['no-build'], runs, help: given.help };
}
