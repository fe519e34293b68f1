import { describe, expect, it } from 'vitest';
import { CHARTS_USAGE, parseChartsArgs, UsageError } from '../../scripts/lib/charts-cli';

describe('npm run charts options', () => {
	it.each<[string[], { out: string; lang: string; root: string; help: boolean }]>([
		[[], { out: 'exports', lang: 'en', root: 'build', help: false }],
		[['--out', '/tmp/deck'], { out: '/tmp/deck', lang: 'en', root: 'build', help: false }],
		[['--out=/tmp/deck', '--root', 'site'], { out: '/tmp/deck', lang: 'en', root: 'site', help: false }],
		[['--lang', 'fr'], { out: 'exports', lang: 'fr', root: 'build', help: false }],
		[['--help'], { out: 'exports', lang: 'en', root: 'build', help: true }],
		[['-h'], { out: 'exports', lang: 'en', root: 'build', help: true }]
	])('%j', (argv, expected) => expect(parseChartsArgs(argv)).toEqual(expected));

	it.each<[string[], RegExp]>([
		[['--size', 'A3'], /Unknown option "--size"\. Options: --out, --lang, --root, --help\./],
		[['--out'], /--out needs a value: a folder\./],
		[['--out', '--root', 'x'], /--out needs a value: a folder\./],
		[['--root='], /--root needs a value: a folder\./],
		[['--out', 'a', '--out', 'b'], /--out is given twice/],
		[['deck'], /Unexpected argument "deck"/]
	])('refuses %j', (argv, message) => {
		expect(() => parseChartsArgs(argv)).toThrow(UsageError);
		expect(() => parseChartsArgs(argv)).toThrow(message);
	});

	it('has a help text naming every option', () => {
		expect(CHARTS_USAGE).toMatch(/^Exports every chart/);
		expect(CHARTS_USAGE).toContain('Usage: npm run charts -- [options]');
		for (const flag of ['--out DIR', '--lang CODE', '--root DIR', '-h, --help'])
			expect(CHARTS_USAGE).toContain(flag);
	});
});
