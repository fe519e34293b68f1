import { startStaticServer } from '../../scripts/lib/static-server';

/** Serves build/ for the browser tests on a free loopback port. */
export default async function globalSetup() {
	const site = await startStaticServer('build', 0);
	process.env.SITE_URL = site.url;
	return () => site.close();
}
