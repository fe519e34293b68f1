/**
 * The one place that decides which Chrome or Chromium the project drives
 * (Puppeteer for the poster and chart exports, Playwright for tests, Lighthouse
 * for the benchmark). Order: an environment variable, then the usual system
 * paths, then a browser Puppeteer has already downloaded. Nothing is downloaded
 * here: the build machines have no access to browser downloads.
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer';

const ENV_VARS = ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'] as const;

const SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
];

/** Flags a headless Chromium needs on these machines: as root, in a container, with no network
 * beyond loopback (without the network flags it retries closed connections at every start). */
export const CHROME_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-default-apps',
	'--font-render-hinting=none'
];

export class BrowserNotFoundError extends Error {
	constructor(detail: string) {
		super(
			`${detail}\n` +
				'A Chrome or Chromium browser is needed to render the poster, export the charts and run the browser tests.\n' +
				'Fix one of these ways:\n' +
				'  - on Debian or Ubuntu: sudo apt-get install -y chromium\n' +
				'  - or point CHROME_PATH at an installed Chrome/Chromium: CHROME_PATH=/path/to/chrome npm start\n' +
				'  - or, with internet access, let Puppeteer fetch one: npx puppeteer browsers install chrome'
		);
		this.name = 'BrowserNotFoundError';
	}
}

function puppeteerCachePath(): string | undefined {
	try {
		const path = puppeteer.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined; // no cached browser: Puppeteer throws rather than returning nothing
	}
}

/** The browser executable to use, or a BrowserNotFoundError that says how to get one. */
export function findBrowser(
	env: NodeJS.ProcessEnv = process.env,
	exists: (path: string) => boolean = existsSync,
	cachedBrowser: () => string | undefined = puppeteerCachePath
): string {
	for (const name of ENV_VARS) {
		const value = env[name];
		if (!value) continue;
		if (exists(value)) return value;
		throw new BrowserNotFoundError(`${name} is set to "${value}", but there is no file there.`);
	}
	const system = SYSTEM_PATHS.find((path) => exists(path));
	if (system) return system;
	const cached = cachedBrowser();
	if (cached) return cached;
	throw new BrowserNotFoundError(
		"No Chrome or Chromium was found (looked at CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, the usual system paths and Puppeteer's cache)."
	);
}
