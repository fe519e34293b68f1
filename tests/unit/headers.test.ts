/**
 * build/_headers as Netlify and Cloudflare Pages read it: a path pattern, then its headers
 * indented, one per line; comments start with #. The rules name the paths the site is served at.
 */
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../scripts/lib/headers';

/** The rules of a _headers file: pattern → header name → value. */
function rulesOf(file: string): Record<string, Record<string, string>> {
	const rules: Record<string, Record<string, string>> = {};
	let current: Record<string, string> | undefined;
	for (const line of file.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) rules[line] = current = {};
		else {
			const [name, ...value] = line.trim().split(': ');
			current![name] = value.join(': ');
		}
	}
	return rules;
}

const SECURITY = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
	'Cross-Origin-Opener-Policy': 'same-origin'
};
const IMMUTABLE = { 'Cache-Control': 'public, max-age=31536000, immutable' };

describe('headersFile', () => {
	it('asks for the security headers on every path and a year for the fingerprinted files, at the root', () => {
		expect(rulesOf(headersFile(''))).toEqual({ '/*': SECURITY, '/_app/immutable/*': IMMUTABLE });
	});

	it('names the paths under the base path the site is served at', () => {
		expect(rulesOf(headersFile('/stories/cyber'))).toEqual({
			'/stories/cyber/*': SECURITY,
			'/stories/cyber/_app/immutable/*': IMMUTABLE
		});
	});
});
