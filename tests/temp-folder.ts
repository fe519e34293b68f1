/**
 * A fresh folder in the system's temporary one for a test's outputs, removed afterwards, so test
 * runs leave nothing behind: after the file's tests (`afterAll`, the default, for a folder made
 * as the file is read), or after the test that made it (pass `onTestFinished`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function tempFolder(prefix: string, when: (cleanUp: () => void) => void = afterAll): string {
	const folder = mkdtempSync(join(tmpdir(), `${prefix}-`));
	when(() => rmSync(folder, { recursive: true, force: true }));
	return folder;
}
