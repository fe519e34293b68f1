/**
 * Serves the built site: `npm run serve` or `npm run preview` (PORT=… to choose the port, default
 * 4173). With --check it only says whether the port is free: `npm start` asks before it builds.
 */
import { builtAddress } from './lib/built-site';
import { editionHomes, ensurePortFree, portFrom, startStaticServer } from './lib/static-server';

try {
	const port = portFrom(process.env.PORT);
	if (process.argv.includes('--check')) {
		await ensurePortFree(port);
		process.exit(0);
	}
	const { url } = await startStaticServer('build', port);
	console.log(`\nPeace and Stability in Cyberspace is served at ${url}/`);
	console.log(`  poster: ${url}/poster   charts: ${url}/charts`);
	const others = editionHomes('build').slice(1);
	if (others.length) console.log(`  editions: ${others.map((home) => `${url}${home}`).join('   ')}`);
	const named = builtAddress('build')?.url;
	if (named && named !== url) console.log(`  (its pages name ${named}/ as their address, as built)`);
	console.log('Press Ctrl+C to stop.');
} catch (error) {
	console.error(`Cannot serve the site: ${(error as Error).message}`);
	process.exit(1);
}
