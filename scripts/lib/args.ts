/**
 * What the project's commands (`npm run poster`, `npm run charts`, `npm run
 * bench`) share about their command lines: Node's own util.parseArgs in strict
 * mode, one kind of error for a bad command line (UsageError, exit status 2),
 * messages that name the bad flag, and one layout for --help.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
	constructor(message: string) {
		super(`${message}\nRun with --help to see the options.`);
		this.name = 'UsageError';
	}
}

/** An option that takes a value: `--size A3` or `--size=A3`. */
export interface ValueOption {
	type: 'string';
	/** How the value is shown in the help: `A0|A1|A2|A3`, `DIR`. */
	value: string;
	/** What a missing value is said to be: `--size needs a value: one of A0 A1 A2 A3.` */
	needs?: string;
	short?: string;
	/** The help text; a newline starts another line in the same column. */
	description: string;
}

/** A switch: `--help`, `--no-build`. */
export interface FlagOption {
	type: 'boolean';
	short?: string;
	description: string;
}

export type OptionSpecs = Record<string, ValueOption | FlagOption>;

/** A switch's value is false when it is not given; an option's is undefined. */
export type OptionValues<T extends OptionSpecs> = {
	[K in keyof T]: T[K] extends ValueOption ? string | undefined : boolean;
};

export interface CommandLine<T extends OptionSpecs> {
	/** What the command does, a sentence or two; the first lines of --help. */
	about: string;
	/** How it is run, e.g. `npm run poster -- [options]`. */
	usage: string;
	options: T;
}

/** The flags an option is written with: `-h, --help`, `--size A0|A1|A2|A3`. */
function flags(name: string, spec: ValueOption | FlagOption): string {
	const long = `--${name}${spec.type === 'string' ? ` ${spec.value}` : ''}`;
	return spec.short ? `-${spec.short}, ${long}` : long;
}

/** The --help text of a command, laid out the same way for every command. */
export function usageText<T extends OptionSpecs>(command: CommandLine<T>): string {
	const rows = Object.entries(command.options).map(([name, spec]) => [flags(name, spec), spec.description]);
	const width = Math.max(...rows.map(([left]) => left.length)) + 2;
	const lines = rows.flatMap(([left, description]) =>
		description.split('\n').map((text, i) => `  ${(i === 0 ? left : '').padEnd(width)}${text}`.trimEnd())
	);
	return `${command.about}\n\nUsage: ${command.usage}\n\n${lines.join('\n')}`;
}

function needsValue(name: string, spec: ValueOption): UsageError {
	return new UsageError(`--${name} needs a value${spec.needs ? `: ${spec.needs}` : ''}.`);
}

/** A value util.parseArgs refuses in strict mode as possibly a forgotten option (`--size --out x`). */
function looksLikeOption(value: string): boolean {
	return value.length > 1 && value.startsWith('-');
}

/**
 * Which argument util.parseArgs refused, and why, in words that name it. The
 * command line is read again without strict mode, whose tokens say which
 * argument was unknown, lacked its value or was not expected.
 */
function explain(error: NodeJS.ErrnoException, argv: string[], options: OptionSpecs): UsageError {
	const { tokens } = parseArgs({ args: argv, options: parserOptions(options), strict: false, tokens: true });
	const known = (name: string) => Object.hasOwn(options, name);
	const allowed = Object.keys(options).map((name) => `--${name}`);
	for (const token of tokens) {
		if (token.kind === 'positional') {
			if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
				return new UsageError(`Unexpected argument "${token.value}".`);
			continue;
		}
		if (token.kind !== 'option') continue;
		if (!known(token.name)) {
			if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
				return new UsageError(`Unknown option "${token.rawName}". Options: ${allowed.join(', ')}.`);
			continue;
		}
		const spec = options[token.name];
		if (error.code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') continue;
		if (spec.type === 'boolean' && token.value !== undefined)
			return new UsageError(`--${token.name} takes no value.`);
		if (
			spec.type === 'string' &&
			(token.value === undefined || (!token.inlineValue && looksLikeOption(token.value)))
		)
			return needsValue(token.name, spec);
	}
	return new UsageError(error.message);
}

function parserOptions(options: OptionSpecs): NonNullable<ParseArgsConfig['options']> {
	return Object.fromEntries(
		Object.entries(options).map(([name, { type, short }]) => [name, short ? { type, short } : { type }])
	);
}

/**
 * Parses argv (without `node script`) against the command's options, strictly:
 * an unknown option, a missing or empty value, a value given to a switch, an
 * argument that is no option, or an option given twice is a UsageError.
 */
export function parseCommandLine<T extends OptionSpecs>(
	command: CommandLine<T>,
	argv: string[]
): OptionValues<T> {
	const { options } = command;
	let tokens;
	try {
		({ tokens } = parseArgs({ args: argv, options: parserOptions(options), strict: true, tokens: true }));
	} catch (error) {
		if (!(error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS_')) throw error;
		throw explain(error as NodeJS.ErrnoException, argv, options);
	}
	const values: Record<string, string | boolean | undefined> = Object.fromEntries(
		Object.entries(options).map(([name, spec]) => [name, spec.type === 'boolean' ? false : undefined])
	);
	const seen = new Set<string>();
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice.`);
		seen.add(token.name);
		const spec = options[token.name];
		if (spec.type === 'string') {
			if (!token.value) throw needsValue(token.name, spec);
			values[token.name] = token.value;
		} else values[token.name] = true;
	}
	return values as OptionValues<T>;
}
