import { describe, expect, it } from 'vitest';
import { toCsv } from '$lib/charts/csv';
import { chartMarks, slideSvg } from '$lib/charts/standalone';
import { createPalette } from '$lib/charts/palette';

describe('toCsv', () => {
	const columns = [
		{ key: 'name', label: 'Name' },
		{ key: 'value', label: 'Value' }
	];
	it.each([
		['plain', { name: 'Equifax', value: 143000000 }, 'Equifax,143000000'],
		['a comma', { name: 'Europe, the Americas', value: 15 }, '"Europe, the Americas",15'],
		['a quote', { name: 'the "cyber diplomacy toolbox"', value: 7 }, '"the ""cyber diplomacy toolbox""",7'],
		['a line break', { name: 'one\ntwo', value: 2 }, '"one\ntwo",2'],
		['an empty value', { name: 'Stuxnet', value: null }, 'Stuxnet,']
	])('%s', (_name, row, line) => {
		const csv = toCsv({ columns, rows: [row] });
		expect(csv).toBe(`\uFEFFName,Value\r\n${line}\r\n`);
	});

	it('can head columns with their keys', () => {
		expect(toCsv({ columns, rows: [] }, { header: 'key' })).toBe('\uFEFFname,value\r\n');
	});
});

describe('slide SVG', () => {
	const html =
		'<div class="layercake-container" style="width:100%"><!--[--><svg class="layercake-layout-svg" viewBox="0 0 960 540" style="top:0px"><g class="labels svelte-x" font-size="16"><text x="1" y="2" fill="#15202b">Yahoo!</text></g><!--]--></svg></div>';
	const marks = chartMarks(html);

	it('keeps the marks and drops Svelte markers, classes and inline styles', () => {
		expect(marks).toBe('<g font-size="16"><text x="1" y="2" fill="#15202b">Yahoo!</text></g>');
	});

	it('refuses HTML without a chart', () => {
		expect(() => chartMarks('<div></div>')).toThrow(/no <svg>/);
	});

	const svg = slideSvg(
		marks,
		{
			title: 'Records & accounts',
			takeaway: 'Big <and> small',
			description: 'Dots.',
			source: 'Source: a "poster"'
		},
		createPalette([], 'light')
	);

	it('is a self-contained 16:9 file with a title, a description and escaped text', () => {
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 960 540"/);
		expect(svg).toContain('<title id="title">Records &amp; accounts</title>');
		expect(svg).toContain('Big &lt;and&gt; small');
		expect(svg).toContain('Source: a &quot;poster&quot;');
		expect(svg).not.toMatch(/var\(--|class=|style=/);
	});
});
