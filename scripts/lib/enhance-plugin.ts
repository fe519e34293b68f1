/**
 * Vite plugin: pages are prerendered and load no framework; what a reader can
 * do on them is one small module, src/lib/client/enhance.ts. SvelteKit has no
 * entry for such a module, so this builds it on its own (sharing no chunk with
 * SvelteKit's client, which no page loads) into one file at a fixed address;
 * pages load it as a module script with the build's version for cache-busting
 * (the root layout).
 */
import { resolve } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';

export const ENHANCE_ENTRY = 'src/lib/client/enhance.ts';
/** Where it lands in the built site. */
export const ENHANCE_FILE = '_app/enhance.js';

async function bundle(): Promise<string> {
	const output = (await build({
		configFile: false,
		logLevel: 'warn',
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: {
			write: false,
			target: 'es2022',
			minify: true,
			rolldownOptions: { output: { minify: true } },
			lib: { entry: resolve(ENHANCE_ENTRY), formats: ['es'], fileName: 'enhance' }
		}
	})) as Rollup.RollupOutput[];
	const chunks = output.flatMap((o) => o.output).filter((item) => item.type === 'chunk');
	if (chunks.length !== 1) throw new Error(`${ENHANCE_ENTRY} should build to one file, not ${chunks.length}`);
	return chunks[0].code;
}

export function enhanceScript(): Plugin {
	return {
		name: 'enhance-script',
		apply: 'build',
		async generateBundle() {
			if (this.environment.config.consumer !== 'client') return;
			this.emitFile({ type: 'asset', fileName: ENHANCE_FILE, source: await bundle() });
		}
	};
}
