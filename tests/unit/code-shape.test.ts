/**
 * The shape the code keeps, so that a newcomer can read it: thin routes, small components and
 * modules, styles that stay with their components, and markup strings in three places only.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

const SRC = filesUnder('src');
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').length;
const longerThan = (files: string[], most: number) =>
	files.filter((file) => lines(file) > most).map((file) => `${file}: ${lines(file)} lines`);

describe('the code keeps its shape', () => {
	it('routes are at most 60 lines, with no styles reaching into components', () => {
		const routes = SRC.filter((file) => file.startsWith('src/routes/'));
		expect(longerThan(routes, 60)).toEqual([]);
		expect(routes.filter((file) => readFileSync(file, 'utf8').includes(':global('))).toEqual([]);
	});

	it('components are at most 150 lines and modules at most 220', () => {
		const lib = SRC.filter((file) => !file.startsWith('src/routes/'));
		expect(
			longerThan(
				lib.filter((file) => file.endsWith('.svelte')),
				150
			)
		).toEqual([]);
		expect(
			longerThan(
				lib.filter((file) => /\.(ts|js)$/.test(file)),
				220
			)
		).toEqual([]);
	});

	it('components paste markup ({@html}) in three places only: the JSON-LD, the data blocks and the head', () => {
		const pasted = SRC.filter((file) => file.endsWith('.svelte')).flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.filter((line) => line.includes('{@html'))
				.map(() => file)
		);
		expect(pasted.sort()).toEqual(
			[
				'src/lib/components/JsonIsland.svelte',
				'src/lib/components/story/Head.svelte',
				'src/routes/[[lang=edition]]/+layout.svelte'
			].sort()
		);
	});
});
