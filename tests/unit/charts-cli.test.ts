import { describe, expect, it } from 'vitest';
import { parseChartsArgs } from '../../scripts/lib/charts-cli';

describe('npm run charts options', () => {
	it.each<[string[], { out: string; root: string; help: boolean }]>([
		[[], { out: 'exports', root: 'build', help: false }],
		[['--out', '/tmp/deck'], { out: '/tmp/deck', root: 'build', help: false }],
		[['--out=/tmp/deck', '--root', 'site'], { out: '/tmp/deck', root: 'site', help: false }],
		[['--help'], { out: 'exports', root: 'build', help: true }]
	])('%j', (argv, expected) => expect(parseChartsArgs(argv)).toEqual(expected));

	it.each<[string[], RegExp]>([
		[['--size', 'A3'], /Unknown option "--size"/],
		[['--out'], /--out needs a folder/],
		[['--out', '--root', 'x'], /--out needs a folder/]
	])('refuses %j', (argv, message) => expect(() => parseChartsArgs(argv)).toThrow(message));
});
