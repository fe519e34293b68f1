/**
 * Vite plugin: validates content/ before anything is built, so a broken file
 * stops `vite build` at once with a message naming the file, the item and the
 * field (instead of a stack trace from deep inside prerendering). In dev it
 * re-checks on every content change and reloads the page.
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { ContentError, parseContent } from '../../src/lib/content/parse.ts';
import { readContentFiles } from '../../src/lib/server/content.ts';

export function contentCheck(dir = 'content'): Plugin {
	const root = resolve(dir);
	const validate = () => {
		try {
			parseContent(readContentFiles(root));
		} catch (error) {
			if (error instanceof ContentError) {
				const clean = new Error(`${error.message}\n\nFix the file(s) above in ${dir}/ and build again.`);
				clean.stack = clean.message; // the stack says nothing an editor can use
				throw clean;
			}
			throw error;
		}
	};
	return {
		name: 'content-check',
		buildStart() {
			validate();
		},
		configureServer(server) {
			server.watcher.add(root);
			server.watcher.on('change', (file) => {
				if (!file.startsWith(root)) return;
				try {
					validate();
					server.ws.send({ type: 'full-reload' });
				} catch (error) {
					server.config.logger.error((error as Error).message);
				}
			});
		}
	};
}
