import { describe, expect, it } from 'vitest';
import { parsePosterArgs, POSTER_USAGE, UsageError } from '../../scripts/lib/cli';

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
		[[], { lang: 'en' }],
		[
			['--lang', 'de', '--size', 'A3'],
			{ lang: 'de', size: 'A3', out: 'build/downloads/peace-and-stability-in-cyberspace-a3-de.pdf' }
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
		[
			['--format', 'png'],
			/Unknown option "--format"\. Options: --size, --lang, --out, --root, --url, --help/
		],
		[
			['--lang', 'German'],
			/--lang needs a language code such as fr or de, a folder of content\/ \(got "German"\)/
		],
		[['--format=png'], /Unknown option "--format"\./],
		[['-s', 'A3'], /Unknown option "-s"/],
		[['--help=yes'], /--help takes no value/],
		[['A3'], /Unexpected argument "A3"/],
		[['--size', 'A1', '--size', 'A2'], /--size is given twice/],
		[['--size=A1', '--size', 'A1'], /--size is given twice/],
		[['--url', 'example.org'], /--url needs a full address/],
		[['--url', 'ftp://example.org/'], /--url must be an http or https address/],
		[['--url', 'https://example.org/', '--root', 'build'], /Give --url or --root, not both/]
	])('%j', (argv, message) => {
		expect(() => parsePosterArgs(argv)).toThrow(UsageError);
		expect(() => parsePosterArgs(argv)).toThrow(message);
	});

	it('takes a value that starts with a dash only when written with =', () => {
		expect(parsePosterArgs(['--out=-poster.pdf']).out).toBe('-poster.pdf');
		expect(() => parsePosterArgs(['--out', '-poster.pdf'])).toThrow(/--out needs a value/);
	});

	it('points to --help', () => {
		expect(() => parsePosterArgs(['--nope'])).toThrow(/Run with --help to see the options/);
	});
});

describe('the poster help', () => {
	it('says what the command does and lists every option', () => {
		expect(POSTER_USAGE).toMatch(
			/^Renders the poster to a PDF\.\n\nUsage: npm run poster -- \[options\]\n\n/
		);
		for (const flag of [
			'--size A0|A1|A2|A3',
			'--lang CODE',
			'--out PATH',
			'--root DIR',
			'--url URL',
			'-h, --help'
		])
			expect(POSTER_USAGE).toMatch(new RegExp(`^  ${flag.replace(/[|]/g, '\\|')}  `, 'm'));
	});

	it('starts every description, and its second line, in one column', () => {
		const lines = POSTER_USAGE.split('\n').filter((line) => line.startsWith('  '));
		// An option's line: two spaces, the flags, two or more spaces, the description. A second line: spaces only before it.
		const columns = lines.map((line) =>
			/^ {2}\S/.test(line) ? line.indexOf(line.slice(2).split(/ {2,}/)[1]) : line.search(/\S/)
		);
		expect(new Set(columns).size).toBe(1);
		expect(POSTER_USAGE).toContain('(default build/downloads/peace-and-stability-in-cyberspace-a1.pdf)');
	});
});
