import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentCheck } from './scripts/lib/content-plugin.ts';

export default defineConfig({
	plugins: [contentCheck(), sveltekit()],
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
