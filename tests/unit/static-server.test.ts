import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	pathUnder,
	PortInUseError,
	ensurePortFree,
	portFrom,
	resolveFile,
	startStaticServer,
	type RunningServer
} from '../../scripts/lib/static-server';
import { tempFolder } from '../temp-folder';

const SCRIPT = `export const answer = ${JSON.stringify('forty-two '.repeat(200))};\n`;

const root = tempFolder('static-server');
let site: RunningServer;

/** A GET (or HEAD) whose body is the bytes as sent, not decoded. */
function get(
	path: string,
	headers: Record<string, string> = {},
	method = 'GET'
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
	return new Promise((resolve, reject) => {
		request(`${site.url}${path}`, { headers, method }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) })
			);
		})
			.on('error', reject)
			.end();
	});
}

const GZIP = { 'accept-encoding': 'gzip' };

beforeAll(async () => {
	mkdirSync(join(root, 'charts'));
	mkdirSync(join(root, '_app', 'immutable'), { recursive: true });
	writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>');
	writeFileSync(join(root, 'charts.html'), '<!doctype html><title>Charts</title>');
	writeFileSync(join(root, 'charts', 'map.html'), '<!doctype html><title>Map</title>');
	writeFileSync(join(root, '_app', 'immutable', 'app.js'), SCRIPT);
	writeFileSync(join(root, 'data.csv'), 'year,count\n2024,3\n');
	writeFileSync(join(root, 'share.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
	site = await startStaticServer(root, 0);
});

afterAll(async () => {
	await site?.close();
});

describe('the static server', () => {
	it.each([
		['/', 'Home'],
		['/charts', 'Charts'],
		['/charts/map', 'Map'],
		['/charts/map.html', 'Map']
	])('serves %s as a page', async (path, title) => {
		const response = await get(path);
		expect(response.status).toBe(200);
		expect(response.headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/);
		expect(response.body.toString()).toContain(`<title>${title}</title>`);
	});

	it('sends the headers build/_headers asks of a host, and no-cache for what is not immutable', async () => {
		const { headers } = await get('/');
		expect(headers).toMatchObject({
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin-when-cross-origin',
			'permissions-policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
			'cross-origin-opener-policy': 'same-origin',
			'cache-control': 'no-cache'
		});
	});

	it('lets browsers keep /_app/immutable/ for a year', async () => {
		const { headers } = await get('/_app/immutable/app.js');
		expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(headers['content-type']).toBe('text/javascript; charset=utf-8');
	});

	it('gzips text at level 9 for a client that takes gzip, as a static host does', async () => {
		const response = await get('/_app/immutable/app.js', GZIP);
		expect(response.headers['content-encoding']).toBe('gzip');
		expect(response.headers['content-length']).toBeUndefined();
		expect(response.headers.vary).toMatch(/accept-encoding/i);
		expect(gunzipSync(response.body).toString()).toBe(SCRIPT);
		expect(response.body.length).toBe(gzipSync(SCRIPT, { level: 9 }).length);
		const csv = await get('/data.csv', GZIP);
		expect(csv.headers['content-encoding']).toBe('gzip');
		expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
		expect(gunzipSync(csv.body).toString()).toBe('year,count\n2024,3\n');
	});

	it('sends text as it is to a client that does not take gzip', async () => {
		const response = await get('/_app/immutable/app.js');
		expect(response.headers['content-encoding']).toBeUndefined();
		expect(response.headers['content-length']).toBe(String(Buffer.byteLength(SCRIPT)));
		expect(response.body.toString()).toBe(SCRIPT);
	});

	it('sends images as they are', async () => {
		const response = await get('/share.png', GZIP);
		expect(response.headers['content-type']).toBe('image/png');
		expect(response.headers['content-encoding']).toBeUndefined();
		expect(response.body.length).toBe(8);
	});

	it('answers a missing file with 404, and with 404.html once there is one', async () => {
		const bare = await get('/nowhere');
		expect(bare.status).toBe(404);
		expect(bare.headers['cache-control']).toBe('no-cache');
		expect(bare.body.toString()).toBe('Not found');
		writeFileSync(join(root, '404.html'), '<!doctype html><title>Not here</title>');
		const page = await get('/_app/immutable/gone.js', GZIP);
		expect(page.status).toBe(404);
		expect(page.headers['content-type']).toMatch(/^text\/html/);
		expect(page.headers['cache-control']).toBe('no-cache');
		expect(gunzipSync(page.body).toString()).toContain('<title>Not here</title>');
	});

	it('answers a missing page of an edition with that edition’s 404.html, where it has one', async () => {
		writeFileSync(join(root, '404.html'), '<!doctype html><title>Not here</title>');
		mkdirSync(join(root, 'fr'), { recursive: true });
		writeFileSync(join(root, 'fr', '404.html'), '<!doctype html><title>Introuvable</title>');
		const french = await get('/fr/charts/nowhere');
		expect(french.status).toBe(404);
		expect(french.body.toString()).toContain('<title>Introuvable</title>');
		// An edition without a page of its own gets the site's.
		expect((await get('/de/nowhere')).body.toString()).toContain('<title>Not here</title>');
	});

	it('serves a file written after it started (a rebuild while it runs)', async () => {
		writeFileSync(join(root, 'later.html'), '<!doctype html><title>Later</title>');
		const response = await get('/later');
		expect(response.status).toBe(200);
		expect(response.body.toString()).toContain('Later');
	});

	it('serves nothing outside its folder', async () => {
		for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json'])
			expect((await get(path)).status).toBe(404);
	});

	it('refuses a folder with no index.html', async () => {
		await expect(startStaticServer(join(root, 'charts'), 0)).rejects.toThrow(
			/There is no built site in .*charts \(no index\.html\)\. Run: npm run build/
		);
	});

	it.each([
		['serving', (port: number) => startStaticServer(root, port)],
		['asking before a build', (port: number) => ensurePortFree(port)]
	])('says which port is taken, and how to choose another, when %s', async (_when, start) => {
		const port = Number(new URL(site.url).port);
		const error = await start(port).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(PortInUseError);
		expect((error as Error).message).toBe(
			`Port ${port} is already in use on 127.0.0.1.\n` +
				`Stop whatever is using it, or choose another port: PORT=${port + 1} npm start`
		);
	});

	it('finds a free port free', async () => {
		const free = await startStaticServer(root, 0);
		const port = Number(new URL(free.url).port);
		await free.close();
		await expect(ensurePortFree(port)).resolves.toBeUndefined();
	});
});

describe('portFrom: the port PORT names', () => {
	it.each([
		[undefined, 4173],
		['', 4173],
		['5000', 5000]
	])('%s → %s', (value, port) => expect(portFrom(value)).toBe(port));

	it.each(['abc', '70000', '0', '80.5', '-1'])('refuses "%s", saying what a port is', (value) =>
		expect(() => portFrom(value)).toThrow(
			`PORT must be a whole number from 1 to 65535, not "${value}": PORT=4174 npm start`
		)
	);
});

describe('resolveFile: the file a path is served from', () => {
	it.each([
		['/', 'index.html'],
		['/charts', 'charts.html'],
		['/charts/map', 'charts/map.html'],
		['/charts/map?x=1#top', 'charts/map.html'],
		['/_app/immutable/app.js', '_app/immutable/app.js']
	])('%s → %s', (path, file) => {
		expect(resolveFile(root, path)).toBe(join(root, file));
	});

	it.each(['/nowhere', '/../package.json', '/%2e%2e/package.json', '/%E0%A4%A'])('%s → none', (path) => {
		expect(resolveFile(root, path)).toBeUndefined();
	});
});

describe('a site built for a path (BASE_PATH)', () => {
	const under = tempFolder('static-server-base');
	let served: RunningServer;
	const status = async (path: string) => {
		const response = await fetch(`${new URL(served.url).origin}${path}`, { redirect: 'manual' });
		await response.body?.cancel();
		return response.status;
	};

	beforeAll(async () => {
		mkdirSync(join(under, 'charts'));
		// The address the build was made for is the one its story page names.
		writeFileSync(
			join(under, 'index.html'),
			'<!doctype html><link rel="canonical" href="https://example.eu/stories/cyber/"/><title>Home</title>'
		);
		writeFileSync(join(under, 'charts', 'map.html'), '<!doctype html><title>Map</title>');
		served = await startStaticServer(under, 0);
	});
	afterAll(async () => {
		await served?.close();
	});

	it('is served under that path, which its address names', async () => {
		expect(new URL(served.url).pathname).toBe('/stories/cyber');
		for (const path of ['/stories/cyber', '/stories/cyber/', '/stories/cyber/charts/map'])
			expect(await status(path), path).toBe(200);
	});

	it('answers nothing outside it, as its host will not', async () => {
		for (const path of ['/', '/charts/map', '/stories/cyberx', '/stories/charts/map'])
			expect(await status(path), path).toBe(404);
	});
});

describe('pathUnder: a request’s path inside the base path', () => {
	it.each([
		['', '/charts', '/charts'],
		['/stories/cyber', '/stories/cyber', '/'],
		['/stories/cyber', '/stories/cyber?x=1', '/?x=1'],
		['/stories/cyber', '/stories/cyber/', '/'],
		['/stories/cyber', '/stories/cyber/fr/charts', '/fr/charts'],
		['/stories/cyber', '/stories/cyberspace', undefined],
		['/stories/cyber', '/fr', undefined]
	])('under "%s", %s → %s', (base, url, path) => {
		expect(pathUnder(base, url)).toBe(path);
	});
});
