import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Files under /downloads/ and (each edition's) /charts/ that scripts/build.ts writes after `vite build`. */
const LATER_FILES = /^(\/[a-z]{2,3}(-[A-Z]{2})?)?\/(downloads|charts)\/[^?#]+\.(pdf|png|svg|csv|pptx|zip)$/;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		// Small stylesheets go inline, so the first screen is drawn without waiting for a CSS request.
		inlineStyleThreshold: 8192,
		// Type-check the scripts and configs too, not only src/ and tests/.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../playwright.config.ts');
			}
		},
		// A strict policy in every prerendered page: scripts only from the site itself, no inline
		// script. Styles may be inline (component and theme styles).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// Pages link files that are made after the site is built (the poster PDF, chart exports), so
			// the crawler cannot find them yet. Those links alone may miss; any other one fails the build.
			handleHttpError: ({ path, message }) => {
				if (LATER_FILES.test(path)) return;
				throw new Error(message);
			},
			handleMissingId: 'fail'
		}
	}
};

export default config;
