/**
 * `npm run budgets`: checks the built site against its budgets (JavaScript, CSS
 * and total bytes of the home page, requests off the site, console errors and
 * warnings, poster size). Deterministic figures only: sizes and counts, no
 * timings (those are `npm run bench`). Prints a table of figure against budget;
 * exits 1 naming every budget exceeded, 2 when it cannot measure at all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkBudgets, failureMessage, formatSize, formatTable } from './lib/budget-check.ts';
import { figuresFrom, visitSite } from './lib/budget-measure.ts';
import { startStaticServer } from './lib/static-server.ts';

const ROOT = 'build';

async function main(): Promise<number> {
	if (!existsSync(join(ROOT, 'index.html'))) {
		console.error(`✗ There is no built site in ${ROOT}/. Run: npm run build`);
		return 2;
	}
	const site = await startStaticServer(ROOT, 0);
	let visits;
	try {
		console.log(`Loading every page from ${site.url}/ …`);
		visits = await visitSite(site.url, ROOT, (line) => console.log(line));
	} finally {
		await site.close();
	}
	const home = visits.find((v) => v.path === '/');
	if (home) {
		console.log('\nWhat / transfers (gzip -9 for text, as stored otherwise):');
		for (const t of home.transfers)
			console.log(`  ${formatSize(t.sent).padStart(9)}  ${new URL(t.url).pathname}`);
	}
	const report = checkBudgets(figuresFrom(visits, ROOT));
	console.log(`\n${formatTable(report.results)}\n`);
	if (!report.ok) {
		console.error(failureMessage(report));
		return 1;
	}
	console.log('✓ Every budget is met.');
	return 0;
}

try {
	process.exitCode = await main();
} catch (error) {
	console.error(`✗ Could not measure the budgets: ${(error as Error).stack ?? error}`);
	process.exitCode = 2;
}
