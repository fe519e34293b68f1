import { describe, expect, it } from 'vitest';
import {
	BUDGETS,
	checkBudgets,
	failureMessage,
	formatTable,
	KB,
	MB,
	type Figures
} from '../../scripts/lib/budget-check';
import { figuresFrom, isCompressible, type PageVisit } from '../../scripts/lib/budget-measure';

/** Every figure comfortably within its budget. */
const WITHIN: Required<Figures> = {
	'home-js': { value: 50 * KB },
	'home-css': { value: 4 * KB },
	'home-total': { value: 200 * KB },
	'off-site': { value: 0, items: [] },
	console: { value: 0, items: [] },
	'poster-pdf': { value: 1 * MB }
};

describe('checkBudgets: figures within their budgets pass', () => {
	it.each([
		['every figure well within', WITHIN],
		[
			'every figure exactly at its limit',
			Object.fromEntries(BUDGETS.map((b) => [b.id, { value: b.limit, items: [] }])) as Figures
		]
	])('%s', (_name, figures) => {
		const report = checkBudgets(figures);
		expect(report.ok).toBe(true);
		expect(report.failures).toEqual([]);
		expect(failureMessage(report)).toBe('');
		expect(report.results.every((r) => r.ok)).toBe(true);
	});
});

describe('checkBudgets: a budget exceeded fails, and the message names it', () => {
	it.each([
		[
			'61 KB of JavaScript',
			{ 'home-js': { value: 61 * KB } },
			['JavaScript loaded by each edition’s story (gzip): 61.0 KB is over the budget of 60.0 KB by 1.0 KB.']
		],
		[
			'CSS one byte over',
			{ 'home-css': { value: 20 * KB + 1 } },
			['CSS loaded by each edition’s story (gzip): 20.0 KB is over the budget of 20.0 KB by 0.0 KB.']
		],
		[
			'a 400 KB home page',
			{ 'home-total': { value: 400 * KB } },
			[
				'Everything each edition’s story transfers, fonts included (gzip): 400.0 KB is over the budget of 350.0 KB by 50.0 KB.'
			]
		],
		[
			'a request to another site',
			{ 'off-site': { value: 1, items: ['/charts/map: GET https://cdn.example.org/x.js'] } },
			[
				'Requests leaving the site (every page): 1 is over the budget of 0 by 1.\n' +
					'    /charts/map: GET https://cdn.example.org/x.js'
			]
		],
		[
			'a console warning',
			{ console: { value: 1, items: ['/: console warning: something'] } },
			[
				'Console errors and warnings (every page): 1 is over the budget of 0 by 1.\n    /: console warning: something'
			]
		],
		[
			'a 4 MB poster',
			{ 'poster-pdf': { value: 4 * MB } },
			['Each edition’s poster PDF (A1): 4.00 MB is over the budget of 3.00 MB by 1.00 MB.']
		],
		[
			'two budgets at once',
			{ 'home-js': { value: 70 * KB }, 'poster-pdf': { value: 3 * MB + 1024 } },
			[
				'JavaScript loaded by each edition’s story (gzip): 70.0 KB is over the budget of 60.0 KB by 10.0 KB.',
				'Each edition’s poster PDF (A1): 3.00 MB is over the budget of 3.00 MB by 1.0 KB.'
			]
		]
	] as [string, Figures, string[]][])('%s', (_name, over, failures) => {
		const report = checkBudgets({ ...WITHIN, ...over });
		expect(report.ok).toBe(false);
		expect(report.failures).toEqual(failures);
		const message = failureMessage(report);
		expect(message).toMatch(new RegExp(`^✗ ${failures.length} budgets? exceeded:`));
		for (const failure of failures) expect(message).toContain(failure);
		const table = formatTable(report.results);
		expect(table.split('\n').filter((line) => line.endsWith('OVER'))).toHaveLength(failures.length);
	});

	it('names at most ten items, then says how many more', () => {
		const items = Array.from({ length: 12 }, (_, i) => `/: console error: ${i}`);
		const [failure] = checkBudgets({ ...WITHIN, console: { value: 12, items } }).failures;
		expect(failure).toContain('/: console error: 9');
		expect(failure).not.toContain('/: console error: 10');
		expect(failure).toContain('… and 2 more');
	});

	it('fails a budget that was not measured', () => {
		const { 'poster-pdf': _missing, ...rest } = WITHIN;
		const report = checkBudgets(rest);
		expect(report.ok).toBe(false);
		expect(report.failures).toEqual(['Each edition’s poster PDF (A1): not measured (budget 3.00 MB).']);
		expect(formatTable(report.results)).toMatch(/poster PDF \(A1\)\s+—\s+3\.00 MB\s+OVER/);
	});
});

describe('formatTable', () => {
	it('lists every budget with its figure and limit', () => {
		const lines = formatTable(checkBudgets(WITHIN).results).split('\n');
		expect(lines).toHaveLength(BUDGETS.length + 2);
		expect(lines[2]).toMatch(
			/^JavaScript loaded by each edition’s story \(gzip\)\s+50\.0 KB\s+60\.0 KB\s+ok$/
		);
	});
});

describe('the measured figures', () => {
	const visit = (path: string, transfers: [string, string, number][], extra: Partial<PageVisit> = {}) => ({
		path,
		transfers: transfers.map(([url, type, sent]) => ({ url, type, bytes: sent, sent })),
		offSite: [],
		console: [],
		...extra
	});

	it('add up JavaScript, CSS and everything on / only, and count problems on every page', () => {
		const figures = figuresFrom(
			[
				visit('/', [
					['http://x/', 'text/html', 100],
					['http://x/_app/a.js', 'text/javascript', 30],
					['http://x/_app/b.js', 'application/javascript', 20],
					['http://x/_app/a.css', 'text/css; charset=utf-8', 5],
					['http://x/_app/f.woff2', 'font/woff2', 15]
				]),
				visit('/charts/map', [['http://x/_app/c.js', 'text/javascript', 999]], {
					offSite: ['/charts/map: GET https://elsewhere.example/'],
					console: ['/charts/map: console error: oops']
				})
			],
			'no-such-build'
		);
		expect(figures['home-js']).toEqual({ value: 50, items: ['/: 50 bytes'] });
		expect(figures['home-css']).toEqual({ value: 5, items: ['/: 5 bytes'] });
		expect(figures['home-total']).toEqual({ value: 170, items: ['/: 170 bytes'] });
		expect(figures['off-site']).toEqual({ value: 1, items: ['/charts/map: GET https://elsewhere.example/'] });
		expect(figures.console).toEqual({ value: 1, items: ['/charts/map: console error: oops'] });
		expect(figures['poster-pdf']).toBeUndefined();
	});

	it('hold every edition’s story page to the home page’s budgets: the largest counts', () => {
		const figures = figuresFrom(
			[
				visit('/', [['http://x/_app/a.js', 'text/javascript', 30]]),
				visit('/de', [['http://x/_app/a.js', 'text/javascript', 34]]),
				visit('/de/charts', [['http://x/_app/c.js', 'text/javascript', 999]])
			],
			'no-such-build'
		);
		expect(figures['home-js']).toEqual({ value: 34, items: ['/: 30 bytes', '/de: 34 bytes'] });
	});

	it.each([
		['text/html; charset=utf-8', true],
		['text/javascript', true],
		['application/json', true],
		['image/svg+xml', true],
		['font/woff2', false],
		['image/png', false],
		['application/pdf', false]
	])('%s is compressed by the host: %s', (type, compressed) => expect(isCompressible(type)).toBe(compressed));
});
