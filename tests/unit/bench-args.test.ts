import { describe, expect, it } from 'vitest';
import { BENCH_USAGE, parseBenchArgs, UsageError } from '../../scripts/lib/bench-args';

describe('npm run bench options', () => {
	it.each<[string[], { build: boolean; runs: number; help: boolean }]>([
		[[], { build: true, runs: 3, help: false }],
		[['--no-build'], { build: false, runs: 3, help: false }],
		[['--runs', '5'], { build: true, runs: 5, help: false }],
		[['--runs=1', '--no-build'], { build: false, runs: 1, help: false }],
		[['--help'], { build: true, runs: 3, help: true }]
	])('%j', (argv, expected) => expect(parseBenchArgs(argv)).toEqual(expected));

	it.each<[string[], RegExp]>([
		[['--runs'], /--runs needs a value: a whole number ≥ 1\./],
		[['--runs', '--no-build'], /--runs needs a value: a whole number ≥ 1\./],
		[['--runs='], /--runs needs a value/],
		[['--runs', '0'], /--runs needs a whole number ≥ 1 \(got "0"\)/],
		[['--runs=-2'], /--runs needs a whole number ≥ 1 \(got "-2"\)/],
		[['--runs', '2.5'], /--runs needs a whole number ≥ 1 \(got "2\.5"\)/],
		[['--runs', 'three'], /--runs needs a whole number ≥ 1 \(got "three"\)/],
		[['--runs', '1e3'], /--runs needs a whole number ≥ 1/],
		[['--no-build=yes'], /--no-build takes no value/],
		[['--build'], /Unknown option "--build"\. Options: --no-build, --runs, --help\./],
		[['--runs', '2', '--runs', '3'], /--runs is given twice/],
		[['5'], /Unexpected argument "5"/]
	])('refuses %j', (argv, message) => {
		expect(() => parseBenchArgs(argv)).toThrow(UsageError);
		expect(() => parseBenchArgs(argv)).toThrow(message);
	});

	it('has a help text naming every option', () => {
		expect(BENCH_USAGE).toContain('Usage: npm run bench -- [options]');
		for (const flag of ['--no-build', '--runs N', '-h, --help']) expect(BENCH_USAGE).toContain(flag);
	});
});
