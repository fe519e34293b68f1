import { describe, expect, it } from 'vitest';
import { parsePosterArgs, UsageError } from '../../scripts/lib/cli';

describe('parsePosterArgs: accepted command lines', () => {
	it.each([
		[[], { size: 'A1', out: 'build/downloads/peace-and-stability-in-cyberspace-a1.pdf', root: 'build' }],
		[['--size', 'A3'], { size: 'A3', out: 'build/downloads/peace-and-stability-in-cyberspace-a3.pdf' }],
		[['--size=a0'], { size: 'A0', out: 'build/downloads/peace-and-stability-in-cyberspace-a0.pdf' }],
		[['--size', 'A2', '--out', '/tmp/p.pdf'], { size: 'A2', out: '/tmp/p.pdf' }],
		[['--root', 'site'], { root: 'site', out: 'site/downloads/peace-and-stability-in-cyberspace-a1.pdf' }],
		[
			['--url', 'https://example.org/cyber'],
			{ url: 'https://example.org/cyber', out: 'build/downloads/peace-and-stability-in-cyberspace-a1.pdf' }
		],
		[['--help'], { help: true }],
		[['-h', '--size', 'A3'], { help: true, size: 'A3' }]
	])('%j', (argv, expected) => {
		expect(parsePosterArgs(argv)).toMatchObject(expected);
	});

	it('is not asking for help unless told', () => {
		expect(parsePosterArgs(['--size', 'A3']).help).toBe(false);
	});
});

describe('parsePosterArgs: refused command lines, with the reason', () => {
	it.each([
		[['--size', 'B7'], /Unknown sheet size "B7"\. Allowed sizes: A0 A1 A2 A3\./],
		[['--size'], /--size needs a value: one of A0 A1 A2 A3/],
		[['--size', '--out', 'x.pdf'], /--size needs a value/],
		[['--size='], /--size needs a value/],
		[['--out'], /--out needs a value/],
		[['--format', 'png'], /Unknown option "--format"\. Options: --size, --out, --root, --url, --help/],
		[['-s', 'A3'], /Unknown option "-s"/],
		[['A3'], /Unexpected argument "A3"/],
		[['--size', 'A1', '--size', 'A2'], /--size is given twice/],
		[['--url', 'example.org'], /--url needs a full address/],
		[['--url', 'ftp://example.org/'], /--url must be an http or https address/],
		[['--url', 'https://example.org/', '--root', 'build'], /Give --url or --root, not both/]
	])('%j', (argv, message) => {
		expect(() => parsePosterArgs(argv)).toThrow(UsageError);
		expect(() => parsePosterArgs(argv)).toThrow(message);
	});

	it('points to --help', () => {
		expect(() => parsePosterArgs(['--nope'])).toThrow(/Run with --help to see the options/);
	});
});
