import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentCheck } from './scripts/lib/content-plugin.ts';
import { enhanceScript } from './scripts/lib/enhance-plugin.ts';
import { fontSubset } from './scripts/lib/font-subset.ts';

export default defineConfig({
	plugins: [contentCheck(), enhanceScript(), fontSubset(), sveltekit()],
	test: {
		include: [
			'tests/unit/**/*.test.ts',
			'tests/build/**/*.test.ts',
			'tests/pdf/**/*.test.ts',
			'tests/export/**/*.test.ts'
		],
		environment: 'node'
	}
});
