/**
 * The static file server for build/, serving it the way a plain static host
 * does: sirv finds the files (`/charts/map` is `charts/map.html`, `/` is
 * `index.html`), and compression gzips text on the way out (level 9, as the
 * budgets count), so what the budgets and the benchmark measure here is what
 * readers get. A site built for a path (BASE_PATH, or SITE_URL's path) is
 * served under that path alone, as its host will. Used by `npm start`, the
 * poster and chart exports, the budgets, the browser tests and the benchmark.
 * Loopback only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import compression from 'compression';
import sirv from 'sirv';
import { LANG_FOLDER } from '../../src/lib/content/editions.ts';
import { builtAddress } from './built-site.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, IMMUTABLE_DIR, RESPONSE_HEADERS } from './headers.ts';

/** Types sirv names without their charset (the files are UTF-8), or does not know. */
const TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
};

const HTML = 'text/html; charset=utf-8';

/**
 * The file a URL path maps to inside root, or undefined; the same mapping the
 * server makes (`/charts/map` → charts/map.html, `/` → index.html). Never escapes root.
 */
export function resolveFile(root: string, urlPath: string): string | undefined {
	let path: string;
	try {
		path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
	} catch {
		return undefined;
	}
	const base = resolve(root);
	const target = normalize(join(base, path));
	if (target !== base && !target.startsWith(base + sep)) return undefined;
	const candidates = [target, `${target}.html`, join(target, 'index.html')];
	return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export class PortInUseError extends Error {
	constructor(readonly port: number) {
		super(
			`Port ${port} is already in use on 127.0.0.1.\n` +
				`Stop whatever is using it, or choose another port: PORT=${port + 1} npm start`
		);
		this.name = 'PortInUseError';
	}
}

/** The port PORT names (4173 when unset), or a message saying what a port is. */
export function portFrom(value: string | undefined): number {
	if (value === undefined || value === '') return 4173;
	const port = Number(value);
	if (!/^\d+$/.test(value) || port < 1 || port > 65535)
		throw new Error(`PORT must be a whole number from 1 to 65535, not "${value}": PORT=4174 npm start`);
	return port;
}

/** Listens on the loopback port, or says plainly that it is taken. */
function listen(server: Server, port: number): Promise<number> {
	return new Promise((resolvePromise, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) =>
			reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error)
		);
		server.listen(port, '127.0.0.1', () => resolvePromise((server.address() as AddressInfo).port));
	});
}

/** Whether the port is free to serve on, asked before a build that would be lost if it is not. */
export async function ensurePortFree(port: number): Promise<void> {
	const probe = createServer();
	await listen(probe, port);
	await new Promise((closed) => probe.close(closed));
}

export interface RunningServer {
	/** Where the site is: http://127.0.0.1:4173, or http://127.0.0.1:4173/stories/cyber under a base path. */
	url: string;
	server: Server;
	close(): Promise<void>;
}

/**
 * The not-found page for a path: its edition's (`/fr/…` → fr/404.html) where the build has one,
 * else the site's own, as hosts that look up the nearest 404.html do; a plain "Not found" without.
 */
function sendNotFound(root: string, response: ServerResponse, path = '/'): void {
	const lang = path.split('/')[1] ?? '';
	const own = join(root, lang, '404.html');
	const page = LANG_FOLDER.test(lang) && existsSync(own) ? own : join(root, '404.html');
	response.setHeader('cache-control', 'no-cache');
	response.writeHead(404, { 'content-type': HTML });
	(existsSync(page) ? createReadStream(page) : Readable.from(['Not found'])).pipe(response);
}

/**
 * The request's path inside a site served under base ('/stories/cyber/charts' → '/charts',
 * '/stories/cyber' → '/'), or undefined for a path outside it.
 */
export function pathUnder(base: string, url: string): string | undefined {
	if (!base) return url;
	if (url === base || url.startsWith(`${base}?`)) return `/${url.slice(base.length)}`;
	return url.startsWith(`${base}/`) ? url.slice(base.length) : undefined;
}

/**
 * Serves root on 127.0.0.1 under base (by default the path the built site names as its
 * address); port 0 picks a free port.
 */
export function startStaticServer(
	root: string,
	port = 0,
	base = builtAddress(root)?.base ?? ''
): Promise<RunningServer> {
	if (!existsSync(join(root, 'index.html')))
		return Promise.reject(new Error(`There is no built site in ${root} (no index.html). Run: npm run build`));
	const serve = sirv(root, {
		// Each request looks at the disk, so a site rebuilt while `npm run serve` runs is served as it now is.
		dev: true,
		extensions: ['html'],
		setHeaders(response, pathname) {
			// build/_headers, the headers file for hosts that read one, has no extension sirv knows.
			const type = pathname.endsWith('/_headers') ? 'text/plain; charset=utf-8' : TYPES[extname(pathname)];
			if (type) response.setHeader('content-type', type);
			response.setHeader(
				'cache-control',
				pathname.startsWith(IMMUTABLE_DIR) ? CACHE_IMMUTABLE : CACHE_REVALIDATE
			);
		},
		onNoMatch: (request, response) => sendNotFound(root, response, request.url)
	});
	// Text of any size (html, js, css, json, svg, csv); fonts, images, PDFs and decks are compressed already.
	// compression's types name Express's request and response; it reads and writes only Node's.
	const compress = compression({ level: 9, threshold: 0 }) as unknown as (
		request: IncomingMessage,
		response: ServerResponse,
		next: () => void
	) => void;
	const server = createServer((request, response) => {
		for (const [name, value] of Object.entries(RESPONSE_HEADERS)) response.setHeader(name, value);
		const inside = pathUnder(base, request.url ?? '/');
		compress(request, response, () => {
			if (inside === undefined) return sendNotFound(root, response);
			request.url = inside;
			serve(request, response);
		});
	});
	return listen(server, port).then((actual) => ({
		url: `http://127.0.0.1:${actual}${base}`,
		server,
		close: () => new Promise((done) => server.close(() => done()))
	}));
}

/** The story page of each edition the build holds: `/`, then `/de`, `/fr` (a `<lang>.html` beside `<lang>/`). */
export function editionHomes(root = 'build'): string[] {
	const others = existsSync(root)
		? readdirSync(root)
				.filter((name) => LANG_FOLDER.test(name) && existsSync(join(root, `${name}.html`)))
				.sort()
		: [];
	return ['/', ...others.map((lang) => `/${lang}`)];
}
