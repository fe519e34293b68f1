import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { contentCheck } from './scripts/lib/content-plugin.ts';
import { enhanceScript } from './scripts/lib/enhance-plugin.ts';
import { fontSubset } from './scripts/lib/font-subset.ts';
import { basePath, siteAddress, SiteAddressError } from './src/lib/site-address.js';

/** Where `vite dev` serves the pages, which they name as their address there. */
const DEV_ADDRESS = 'http://localhost:5173';

/**
 * Every page names the site's public address: a build without SITE_URL stops before it starts,
 * saying what to set; the dev server names its own address unless told another.
 */
const siteUrl = (): Plugin => ({
	name: 'site-url',
	buildStart() {
		if (this.environment.config.command !== 'build') return;
		try {
			siteAddress(process.env);
		} catch (error) {
			if (!(error instanceof SiteAddressError)) throw error;
			// What to set, said plainly: no stack of the bundler's own.
			console.error(`\n✗ ${error.message}`);
			process.exit(1);
		}
	},
	configureServer(server) {
		if (process.env.SITE_URL || server.config.mode === 'test') return;
		process.env.SITE_URL = `${DEV_ADDRESS}${basePath(process.env)}`;
		console.log(`› The pages name ${process.env.SITE_URL} as their address (set SITE_URL for another).`);
	}
});

export default defineConfig({
	plugins: [siteUrl(), contentCheck(), enhanceScript(), fontSubset(), sveltekit()],
	test: {
		include: [
			'tests/unit/**/*.test.ts',
			'tests/build/**/*.test.ts',
			'tests/pdf/**/*.test.ts',
			'tests/export/**/*.test.ts'
		],
		environment: 'node',
		// The test files share no state (no mocks, no changed environment): one module graph per
		// worker, not per file, takes the unit and build tests from 35 to 27 s.
		isolate: false
	}
});
