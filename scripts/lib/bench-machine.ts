/** What `npm run bench` asks of the machine: timed commands, and which browser it measures with. */
import { execFileSync, spawnSync } from 'node:child_process';
import { findBrowser } from './browser.ts';

/** Runs a command with its output shown, and returns how long it took. */
export function timed(command: string, args: string[]): number {
	const start = performance.now();
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0)
		throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
	return performance.now() - start;
}

export function browserVersion(): string {
	try {
		const output = execFileSync(findBrowser(), ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		});
		return output.trim();
	} catch {
		return 'unknown';
	}
}
