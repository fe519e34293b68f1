import { describe, expect, it } from 'vitest';
import { toCsv } from '$lib/charts/csv';
import { render } from 'svelte/server';
import { fileFrame, lastBaseline } from '$lib/charts/file-frame';
import ChartFile from '$lib/components/charts/ChartFile.svelte';
import { getContent, getEditions } from '$lib/server/content';
import { textWidth } from '$lib/charts/frame';
import { getMap } from '$lib/server/map';
import { svgDocument } from '$lib/server/svg-document';

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

describe('the file frame', () => {
	const words = {
		title: 'Records & accounts',
		takeaway: 'Big <and> small',
		description: 'Dots.',
		source: 'Source: a "poster"'
	};
	const meta = { title: 'Peace', credit: 'An independent retelling.' };

	it.each([
		['slide', 960, 540],
		['plain', 960, 540],
		['share', 1200, 630]
	] as const)('%s is %d × %d and keeps the chart inside it', (variant, width, height) => {
		const frame = fileFrame(variant, words, meta);
		expect([frame.width, frame.height]).toEqual([width, height]);
		const { x, y, width: w, height: h } = frame.chart;
		expect(x >= 0 && y >= 0 && x + w <= width && y + h <= height).toBe(true);
	});

	it('sets the slide with its title, takeaway and source line, and describes it', () => {
		const frame = fileFrame('slide', words, meta);
		expect(frame.texts.flatMap((t) => t.lines)).toEqual([words.title, words.takeaway, words.source]);
		expect(frame.desc).toBe('Big <and> small Dots. Source: a "poster"');
	});

	const editions = Object.entries(getEditions());
	it.each(
		editions.flatMap(([lang, edition]) =>
			(['slide', 'share', 'card'] as const).map((v) => [lang, v, edition] as const)
		)
	)('sets every %s %s file’s words inside it, the chart clear of its heading', (_lang, variant, edition) => {
		for (const chart of edition.charts) {
			const frame = fileFrame(variant, chart, edition.story.meta);
			for (const text of frame.texts)
				for (const line of text.lines)
					expect(text.x + textWidth(line, text.size, text.bold), `${chart.id}: ${line}`).toBeLessThanOrEqual(
						frame.width - text.x
					);
			const above = frame.texts.filter((t) => !t.below);
			expect(frame.chart.y, chart.id).toBeGreaterThan(lastBaseline(above[above.length - 1]));
			// However long the words, the chart keeps most of the file.
			expect(frame.chart.height, chart.id).toBeGreaterThan(frame.height * 0.6);
		}
	});

	it.each(editions)('wraps every %s slide’s title and takeaway, losing no word', (_lang, edition) => {
		for (const chart of edition.charts) {
			const [title, takeaway] = fileFrame('slide', chart, edition.story.meta).texts;
			expect([...title.lines, ...takeaway.lines].join(' ')).toBe(`${chart.title} ${chart.takeaway}`);
		}
	});

	it('wraps a long source line inside the slide', () => {
		const frame = fileFrame('slide', { ...words, source: 'word '.repeat(80) }, meta);
		const source = frame.texts[2];
		expect(source.lines.length).toBeGreaterThan(1);
		expect(source.y + (source.lines.length - 1) * source.lineHeight).toBeLessThanOrEqual(540);
	});
});

describe('a chart file', () => {
	const content = getContent();
	it.each(['slide', 'plain', 'share'] as const)(
		'%s is one self-contained SVG document with escaped text',
		(variant) => {
			const props = { id: 'breaches' as const, content, map: getMap(), variant };
			const svg = svgDocument(render(ChartFile, { props }).body);
			expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
			expect(svg.endsWith('</svg>')).toBe(true);
			expect(svg, 'no outside CSS, inline styles or comments').not.toMatch(/var\(--|<style|style="|<!--/);
			expect(svg).toContain('Yahoo!');
			expect(svg.match(/<circle|<path/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
		}
	);
});
