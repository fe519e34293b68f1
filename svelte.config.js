import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { basePath } from './src/lib/site-address.js';

const base = basePath(process.env);
// `vite build` writes the site to build/; SITE_OUT_DIR builds it into another folder, e.g. a
// check's build under a base path beside the real one, with SvelteKit's own files in a folder of
// their own (inside the project, where the server code finds its packages).
const out = process.env.SITE_OUT_DIR;

/** Files under /downloads/ and (each edition's) /charts/ that scripts/build.ts writes after `vite build`. */
const LATER_FILES = /^(\/[a-z]{2,3}(-[A-Z]{2})?)?\/(downloads|charts)\/[^?#]+\.(pdf|png|svg|csv|pptx|zip)$/;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true, ...(out && { pages: out, assets: out }) }),
		outDir: out ? 'node_modules/.cache/site-out-kit' : '.svelte-kit',
		// Small stylesheets go inline, so the first screen is drawn without waiting for a CSS request.
		inlineStyleThreshold: 8192,
		// Served under BASE_PATH (or SITE_URL's path): every link, asset and file is written from the
		// host's root with that path in front, the same on every page whatever its depth or the
		// address it is reached at (with or without a trailing slash, in a frame).
		paths: { base, relative: false },
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
			// the crawler cannot find them yet. Those links alone may miss, under the base path; any other
			// one fails the build, and so does a link outside the base path.
			handleHttpError: ({ path, message }) => {
				if (path.startsWith(`${base}/`) && LATER_FILES.test(path.slice(base.length))) return;
				throw new Error(message);
			},
			handleMissingId: 'fail'
		}
	}
};

export default config;
