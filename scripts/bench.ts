/**
 * `npm run bench [-- --no-build] [--runs N] [--help]`: how fast the built site is,
 * measured on this machine. Not part of `npm test` (timings vary from run to
 * run and machine to machine; `npm run budgets` checks the sizes that do not).
 *
 * 1. the build, timed (`npm run build`; skipped with --no-build if a build exists);
 * 2. Lighthouse 12 (mobile, simulated throttling), N rounds (default 3), each
 *    measuring /, /fr, /de, /poster, /charts/timeline and a control page with nothing to
 *    load (scripts/lib/bench-control.ts) in turn; medians. The control's
 *    blocking time is the machine's own, printed beside the site's figures;
 * 3. a scripted scroll through the story's steps on a 390 × 844 screen with the
 *    CPU slowed 4×: long tasks and frame times; then the same scroll over a plain page
 *    of the story's text, as long as the story, whose long tasks are the browser's own;
 * 4. the poster export (time, PDF size) and the chart export (time).
 *
 * The site is served from build/ by the project's own static server, which
 * gzips text as static hosts do. Prints a table at the end and writes
 * bench/results.json. Exit status: 0 measured, 1 a step failed, 2 a bad
 * command line.
 */
import { cpus, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_USAGE, parseBenchArgs, UsageError, type BenchOptions } from './lib/bench-args.ts';
import { startStaticServer } from './lib/static-server.ts';
import { CONTROL_PAGE, plainPage, startControlServer } from './lib/bench-control.ts';
import {
	medianOf,
	runLighthouse,
	type LighthouseRun,
	type LighthouseSummary
} from './lib/bench-lighthouse.ts';
import {
	CPU_SLOWDOWN,
	measurePlainScroll,
	measureScroll,
	SCROLL_VIEWPORT,
	type ScrollResult
} from './lib/bench-scroll.ts';
import { kb, median, ms, seconds, table } from './lib/bench-stats.ts';
import { lighthouseTable, targetReport } from './lib/bench-report.ts';
import { browserVersion, timed } from './lib/bench-machine.ts';

const ROOT = 'build';
// Each edition's story, and the English poster and chart page (the others are the same pages in other words).
const PAGES = ['/', '/fr', '/de', '/poster', '/charts/timeline'];
/** How the control page is named in the progress and results. */
const CONTROL = 'control page';
const RESULTS = 'bench/results.json';
const TRIES = 3;

const log = (line: string) => console.log(line);

async function lighthouseWithRetry(url: string): Promise<LighthouseRun> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await runLighthouse(url);
		} catch (error) {
			// Lighthouse now and then loses the trace of a load (NO_NAVSTART): that run is repeated.
			if (attempt >= TRIES) throw error;
			log(`    (run failed: ${(error as Error).message.split('\n')[0]}; trying again)`);
		}
	}
}

async function main(options: BenchOptions) {
	const startedAt = new Date();
	log(
		`Benchmark, ${startedAt.toISOString()}: ${cpus().length} CPU cores, Node ${process.version}, ${browserVersion()}`
	);

	// 1. Build.
	let buildMs: number | undefined;
	const built = existsSync(join(ROOT, 'index.html'));
	if (options.build || !built) {
		log(`\n━━ Build (npm run build)${built ? '' : ': there is no build yet'}`);
		buildMs = timed('npm', ['run', 'build']);
		log(`✓ Built in ${seconds(buildMs)}`);
	} else log('\n━━ Build: skipped (--no-build), measuring the site in build/ as it is');

	const site = await startStaticServer(ROOT, 0);
	const served = 'scripts/lib/static-server.ts (gzip, as static hosts serve)';
	const lighthouse: Record<string, LighthouseSummary> = {};
	let control: LighthouseSummary;
	let scroll: ScrollResult;
	let plainScroll: ScrollResult;
	try {
		// 2. Lighthouse: round by round, so that every page and the control share each moment's machine.
		log(
			`\n━━ Lighthouse (mobile, simulated throttling), ${options.runs} round(s) of ${PAGES.join(', ')} and the control page, from ${site.url}`
		);
		log(`  served by ${served}`);
		const controlSite = await startControlServer();
		const urls = new Map<string, string>([
			...PAGES.map((page): [string, string] => [page, site.url + page]),
			[CONTROL, `${controlSite.url}/`]
		]);
		const runs = new Map([...urls.keys()].map((name) => [name, [] as LighthouseRun[]]));
		try {
			for (let i = 1; i <= options.runs; i++)
				for (const [name, url] of urls) {
					const start = performance.now();
					const run = await lighthouseWithRetry(url);
					runs.get(name)!.push(run);
					log(
						`  ${name} run ${i}/${options.runs}: performance ${run.scores.performance}, LCP ${seconds(run.lcp)}, ` +
							`TBT ${ms(run.tbt)}, CLS ${run.cls.toFixed(3)} (${seconds(performance.now() - start)})`
					);
				}
		} finally {
			await controlSite.close();
		}
		for (const page of PAGES) lighthouse[page] = medianOf(runs.get(page)!);
		control = medianOf(runs.get(CONTROL)!);

		// 3. Scroll.
		log(
			`\n━━ Scroll through the story (${SCROLL_VIEWPORT.width} × ${SCROLL_VIEWPORT.height}, CPU ${CPU_SLOWDOWN}× slower)`
		);
		const { path, ...story } = await measureScroll(`${site.url}/`);
		scroll = story;
		log(`  ${scroll.activated} of ${scroll.steps} steps became active in ${seconds(scroll.durationMs)}`);
		const plainSite = await startControlServer({ 'plain.html': plainPage(path) });
		try {
			plainScroll = await measurePlainScroll(`${plainSite.url}/plain.html`, path);
		} finally {
			await plainSite.close();
		}
		log(`  the same scroll over a plain page of its text: ${seconds(plainScroll.durationMs)}`);
	} finally {
		await site.close();
	}

	// 4. Exports, into a temporary folder.
	const out = mkdtempSync(join(tmpdir(), 'bench-'));
	let exportsResult: { posterMs: number; posterBytes: number; chartsMs: number };
	try {
		log('\n━━ Poster export (npx tsx scripts/poster.ts)');
		const pdf = join(out, 'poster.pdf');
		const posterMs = timed('npx', ['--no-install', 'tsx', 'scripts/poster.ts', '--out', pdf]);
		const posterBytes = statSync(pdf).size;
		log('\n━━ Chart export (npx tsx scripts/charts.ts)');
		const chartsMs = timed('npx', ['--no-install', 'tsx', 'scripts/charts.ts', '--out', join(out, 'charts')]);
		exportsResult = { posterMs, posterBytes, chartsMs };
	} finally {
		rmSync(out, { recursive: true, force: true });
	}

	const targets = targetReport(lighthouse, scroll, plainScroll);
	const results = {
		date: startedAt.toISOString(),
		machine: { cpus: cpus().length, node: process.version, browser: browserVersion() },
		server: served,
		buildMs: buildMs ?? null,
		lighthouse,
		control: { page: CONTROL_PAGE, ...control },
		scroll: { viewport: SCROLL_VIEWPORT, cpuSlowdown: CPU_SLOWDOWN, ...scroll, plainPage: plainScroll },
		exports: exportsResult,
		targets
	};
	mkdirSync('bench', { recursive: true });
	writeFileSync(RESULTS, `${JSON.stringify(results, null, '\t')}\n`);

	log(
		`\n━━ Results (medians of ${options.runs} Lighthouse run(s); served by ${served}; written to ${RESULTS})\n`
	);
	log(lighthouseTable(lighthouse));
	const failed = Object.entries(lighthouse).flatMap(([page, r]) => r.failed.map((f) => `${page} ${f}`));
	if (failed.length) log(`\nAudits that lost points: ${failed.join('; ')}`);
	const pages = Object.entries(lighthouse);
	log(`\nTBT of each run: ${pages.map(([page, r]) => `${page} ${r.tbtRuns.join(', ')} ms`).join('; ')}`);
	log(
		`TBT of the control page, which loads nothing: ${control.tbtRuns.join(', ')} ms.` +
			" Blocking time there is the machine's own (Chromium's start-up work for each page, slowed 4×);" +
			" the site's figures cannot be read more finely than that."
	);
	const indexes = [...pages, [CONTROL, control] as const].flatMap(([, r]) => r.benchmarkIndexRuns);
	log(
		`Lighthouse's benchmark index of this machine: ${Math.round(median(indexes))},` +
			` from ${Math.min(...indexes)} to ${Math.max(...indexes)} over the runs` +
			' (Lighthouse expects 1,000 or more and warns below it: on a slower machine its 4× slowdown' +
			' overstates blocking time, and a wide range means something else was using the CPU)'
	);
	log('');
	const scrollRow = (label: string, cell: (r: ScrollResult) => string) => [
		label,
		cell(scroll),
		cell(plainScroll)
	];
	log(
		table([
			['scroll', 'the story', 'a plain page of its text'],
			['steps active / steps', `${scroll.activated} / ${scroll.steps}`, '—'],
			scrollRow('long tasks (> 50 ms)', (r) => String(r.longTasks)),
			scrollRow('longest task', (r) => (r.longTasks ? ms(r.longestTaskMs) : '—')),
			scrollRow(
				'frame time p50 / p95 / max',
				(r) => `${ms(r.frameP50)} / ${ms(r.frameP95)} / ${ms(r.frameMax)}`
			),
			scrollRow('frames', (r) => String(r.frames))
		])
	);
	log('');
	log(
		table([
			['build and exports', ''],
			['build, every edition (npm run build)', buildMs === undefined ? 'skipped' : seconds(buildMs)],
			['poster export', seconds(exportsResult.posterMs)],
			['poster PDF', kb(exportsResult.posterBytes)],
			['chart export', seconds(exportsResult.chartsMs)]
		])
	);
	log(`\nTargets:\n${targets.map((t) => `  ${t}`).join('\n')}`);
}

async function run(argv: string[]): Promise<number> {
	let options: BenchOptions;
	try {
		options = parseBenchArgs(argv);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(error.message);
		return 2;
	}
	if (options.help) {
		console.log(BENCH_USAGE);
		return 0;
	}
	try {
		await main(options);
		return 0;
	} catch (error) {
		console.error(`\n✗ Benchmark failed: ${(error as Error).message}`);
		return 1;
	}
}

process.exitCode = await run(process.argv.slice(2));
