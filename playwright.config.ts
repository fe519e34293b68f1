import { defineConfig, devices } from '@playwright/test';
import { CHROME_ARGS, findBrowser } from './scripts/lib/browser';

// The site is served from build/ by tests/e2e/global-setup.ts on a free port,
// which it passes on as SITE_URL (workers read this config after it has run).
export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: process.env.SITE_URL,
		launchOptions: { executablePath: findBrowser(), args: CHROME_ARGS },
		trace: 'retain-on-failure'
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }]
});
