import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser } from '../../scripts/lib/browser';

const only =
	(...paths: string[]) =>
	(path: string) =>
		paths.includes(path);

describe('findBrowser', () => {
	it('takes CHROME_PATH first', () => {
		expect(findBrowser({ CHROME_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'))).toBe(
			'/opt/chrome'
		);
	});

	it('takes PUPPETEER_EXECUTABLE_PATH when CHROME_PATH is not set', () => {
		expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/opt/c' }, only('/opt/c', '/usr/bin/chromium'))).toBe(
			'/opt/c'
		);
	});

	it('refuses an environment variable that points at nothing, naming the variable', () => {
		expect(() => findBrowser({ CHROME_PATH: '/nope' }, only('/usr/bin/chromium'))).toThrow(
			/CHROME_PATH is set to "\/nope", but there is no file there/
		);
	});

	it('falls back to the system Chromium', () => {
		expect(findBrowser({}, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
	});

	it('uses a browser Puppeteer downloaded earlier when there is no system one', () => {
		expect(findBrowser({}, only(), () => '/root/.cache/puppeteer/chrome')).toBe(
			'/root/.cache/puppeteer/chrome'
		);
	});

	it('says how to get a browser when there is none', () => {
		const find = () => findBrowser({}, only(), () => undefined);
		expect(find).toThrow(BrowserNotFoundError);
		expect(find).toThrow(/apt-get install -y chromium/);
		expect(find).toThrow(/CHROME_PATH=/);
	});
});
