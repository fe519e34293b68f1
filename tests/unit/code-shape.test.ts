/**
 * The shape the code keeps, so that a newcomer can read it: styles that stay with their
 * components, and markup strings in three places only.
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

describe('the code keeps its shape', () => {
	it('routes have no styles reaching into components', () => {
		const routes = SRC.filter((file) => file.startsWith('src/routes/'));
		expect(routes.filter((file) => readFileSync(file, 'utf8').includes(':global('))).toEqual([]);
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
