/**
 * The address a build names and the path it is served under: a build without SITE_URL stops
 * saying what to set, and BASE_PATH follows SITE_URL's path unless it is given.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { basePath, siteAddress, SiteAddressError, SITE_URL_MISSING } from '../../src/lib/site-address.js';
import { tempFolder } from '../temp-folder';

describe('siteAddress', () => {
	it.each([
		[{ SITE_URL: 'https://example.org' }, 'https://example.org', ''],
		[{ SITE_URL: 'https://example.org/' }, 'https://example.org', ''],
		[{ SITE_URL: 'https://user.github.io/project/' }, 'https://user.github.io/project', '/project'],
		[
			{ SITE_URL: 'https://example.eu/stories/cyber', BASE_PATH: '/stories/cyber' },
			'https://example.eu/stories/cyber',
			'/stories/cyber'
		],
		[
			{ SITE_URL: 'https://example.eu/stories/cyber', BASE_PATH: 'stories/cyber/' },
			'https://example.eu/stories/cyber',
			'/stories/cyber'
		],
		[{ SITE_URL: 'http://127.0.0.1:4173' }, 'http://127.0.0.1:4173', '']
	])('%j → %s under "%s"', (env, url, base) => {
		expect(siteAddress(env)).toEqual({ url, base });
	});

	it.each([{}, { SITE_URL: '' }, { SITE_URL: '  ' }, { BASE_PATH: '/stories/cyber' }])(
		'stops a build without SITE_URL (%j), saying what to set',
		(env) => {
			expect(() => siteAddress(env)).toThrow(SiteAddressError);
			expect(() => siteAddress(env)).toThrow(`SITE_URL is not set. ${SITE_URL_MISSING}`);
		}
	);

	it('says what to set in words a publisher can follow', () => {
		expect(SITE_URL_MISSING).toContain('SITE_URL=https://example.org npm run build');
		expect(SITE_URL_MISSING).toContain('`npm start` and `npm test` set a local address themselves');
	});

	it.each(['example.org', 'ftp://example.org', 'https://example.org/?page=1', 'https://example.org/#top'])(
		'stops at a SITE_URL that is not a web address: %s',
		(SITE_URL) => {
			expect(() => siteAddress({ SITE_URL })).toThrow(
				`SITE_URL is "${SITE_URL}", which is not a web address.`
			);
		}
	);

	it('stops where BASE_PATH is not the path of SITE_URL', () => {
		expect(() => siteAddress({ SITE_URL: 'https://example.eu/stories', BASE_PATH: '/cyber' })).toThrow(
			'BASE_PATH is "/cyber" but SITE_URL (https://example.eu/stories) is served under "/stories".'
		);
		expect(() => siteAddress({ SITE_URL: 'https://example.eu', BASE_PATH: '/cyber' })).toThrow(
			'is served under "/"'
		);
	});
});

describe('basePath', () => {
	it.each([
		[{}, ''],
		[{ BASE_PATH: '' }, ''],
		[{ BASE_PATH: '/' }, ''],
		[{ BASE_PATH: '/stories/cyber/' }, '/stories/cyber'],
		[{ SITE_URL: 'https://user.github.io/project' }, '/project'],
		[{ SITE_URL: 'not an address' }, ''],
		[{ SITE_URL: 'https://example.eu/a', BASE_PATH: '/b' }, '/b']
	])('%j → "%s"', (env, base) => {
		expect(basePath(env)).toBe(base);
	});
});

describe('a build without SITE_URL', () => {
	const withoutAddress = () => {
		const env = { ...process.env };
		delete env.SITE_URL;
		delete env.BASE_PATH;
		return env;
	};

	it('npm run build stops before it builds anything, saying what to set', () => {
		const run = spawnSync('npx', ['--no-install', 'tsx', 'scripts/build.ts'], {
			env: withoutAddress(),
			encoding: 'utf8'
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`✗ Build failed: SITE_URL is not set. ${SITE_URL_MISSING}`);
		expect(run.stdout).not.toContain('━━ Site');
	}, 30_000);

	it('vite build alone stops too, saying what to set', () => {
		const out = tempFolder('no-address', onTestFinished);
		const run = spawnSync('npx', ['--no-install', 'vite', 'build'], {
			env: { ...withoutAddress(), SITE_OUT_DIR: join(out, 'site') },
			encoding: 'utf8'
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`✗ SITE_URL is not set. ${SITE_URL_MISSING}`);
		expect(existsSync(join(out, 'site'))).toBe(false);
	}, 60_000);
});
