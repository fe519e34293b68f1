/**
 * A small static file server for build/, the way a plain static host serves it:
 * `/charts/map` finds `charts/map.html`, `/` finds `index.html`. Used by
 * `npm start`, the poster and chart exports, the browser tests and the benchmark.
 * Loopback only.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.pdf': 'application/pdf',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	'.webmanifest': 'application/manifest+json'
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

/** The file a URL path maps to inside root, or undefined. Never escapes root. */
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

export interface RunningServer {
	url: string;
	server: Server;
	close(): Promise<void>;
}

/** Serves root on 127.0.0.1; port 0 picks a free port. */
export function startStaticServer(root: string, port = 0): Promise<RunningServer> {
	if (!existsSync(join(root, 'index.html')))
		return Promise.reject(new Error(`There is no built site in ${root} (no index.html). Run: npm run build`));
	const server = createServer((request, response) => {
		const file = resolveFile(root, request.url ?? '/');
		if (!file) {
			const notFound = resolveFile(root, '/404');
			response.writeHead(404, { 'content-type': TYPES['.html'] });
			if (notFound) createReadStream(notFound).pipe(response);
			else response.end('Not found');
			return;
		}
		const immutable = file.includes(`${sep}_app${sep}immutable${sep}`);
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		// Compress text as every static host does, so what is measured here is what readers get.
		const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(200, {
			...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
			'content-type': type,
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			// The same headers static/_headers asks of a real host.
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin-when-cross-origin',
			'permissions-policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
			'cross-origin-opener-policy': 'same-origin'
		});
		const body = createReadStream(file);
		if (gzip) body.pipe(createGzip({ level: 9 })).pipe(response);
		else body.pipe(response);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) =>
			reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error)
		);
		server.listen(port, '127.0.0.1', () => {
			const { port: actual } = server.address() as AddressInfo;
			resolvePromise({
				url: `http://127.0.0.1:${actual}`,
				server,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}
