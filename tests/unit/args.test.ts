import { describe, expect, it } from 'vitest';
import { parseCommandLine, usageText, UsageError } from '../../scripts/lib/args';

const COMMAND = {
	about: 'Does a thing.',
	usage: 'npm run thing -- [options]',
	options: {
		size: { type: 'string', value: 'S|M', needs: 'S or M', description: 'how big' },
		name: { type: 'string', value: 'NAME', description: 'what it is called\n(default thing)' },
		quiet: { type: 'boolean', short: 'q', description: 'say nothing' }
	}
} as const;

const parse = (argv: string[]) => parseCommandLine(COMMAND, argv);

describe('parseCommandLine', () => {
	it('gives every option: a value or undefined, a switch true or false', () => {
		expect(parse([])).toEqual({ size: undefined, name: undefined, quiet: false });
		expect(parse(['--size', 'S', '--name=x', '-q'])).toEqual({ size: 'S', name: 'x', quiet: true });
		expect(parse(['--name=a=b'])).toMatchObject({ name: 'a=b' });
	});

	it.each<[string[], string]>([
		[['--sise', 'S'], 'Unknown option "--sise". Options: --size, --name, --quiet.'],
		[['-x'], 'Unknown option "-x". Options: --size, --name, --quiet.'],
		[['-qx'], 'Unknown option "-x". Options: --size, --name, --quiet.'],
		[['--size'], '--size needs a value: S or M.'],
		[['--size', '-q'], '--size needs a value: S or M.'],
		[['--name', '--quiet'], '--name needs a value.'],
		[['--name='], '--name needs a value.'],
		[['--quiet=no'], '--quiet takes no value.'],
		[['--quiet', '-q'], '--quiet is given twice.'],
		[['big'], 'Unexpected argument "big".'],
		[['--', '--size'], 'Unexpected argument "--size".']
	])('refuses %j: %s', (argv, message) => {
		let error: unknown;
		try {
			parse(argv);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(UsageError);
		expect((error as Error).message).toBe(`${message}\nRun with --help to see the options.`);
	});
});

describe('usageText', () => {
	it('lays out what the command does, how it is run, and its options in two columns', () => {
		expect(usageText(COMMAND)).toBe(
			[
				'Does a thing.',
				'',
				'Usage: npm run thing -- [options]',
				'',
				'  --size S|M   how big',
				'  --name NAME  what it is called',
				'               (default thing)',
				'  -q, --quiet  say nothing'
			].join('\n')
		);
	});
});
