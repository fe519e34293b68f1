/**
 * Reads content/ once per build and hands out the validated content. Any
 * problem throws a ContentError, which stops `vite build` with its message.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_FILES, parseContent, type Content } from '../content/parse.ts';

export const CONTENT_DIR = resolve(process.env.CONTENT_DIR ?? 'content');

export function readContentFiles(dir = CONTENT_DIR): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of Object.values(CONTENT_FILES)) {
		const path = join(dir, name);
		if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
	}
	return files;
}

let cached: Content | undefined;

export function getContent(): Content {
	cached ??= parseContent(readContentFiles());
	return cached;
}
