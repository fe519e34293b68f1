/**
 * For `npm run bench -- --gzip`: the project's static server behind a proxy that
 * compresses what a static host compresses (gzip, level 6, text types only), so
 * that Lighthouse sees the bytes a deployed site sends. Everything else (paths,
 * headers, status codes) is the static server's own.
 */
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { isCompressible } from './budget-measure.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';

export async function startGzipServer(root: string): Promise<RunningServer> {
	const inner = await startStaticServer(root, 0);
	const server = createServer((request, response) => {
		const upstream = forward(
			`${inner.url}${request.url ?? '/'}`,
			{ method: request.method, headers: request.headers },
			(answer) => {
				const type = String(answer.headers['content-type'] ?? '');
				const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
				const headers = { ...answer.headers };
				if (!(accepts && isCompressible(type))) {
					response.writeHead(answer.statusCode ?? 502, headers);
					answer.pipe(response);
					return;
				}
				delete headers['content-length'];
				response.writeHead(answer.statusCode ?? 502, {
					...headers,
					'content-encoding': 'gzip',
					vary: 'Accept-Encoding'
				});
				answer.pipe(createGzip({ level: 6 })).pipe(response);
			}
		);
		upstream.on('error', () => response.destroy());
		request.pipe(upstream);
	});
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		server,
		close: async () => {
			await new Promise<void>((closed) => server.close(() => closed()));
			await inner.close();
		}
	};
}
