/**
 * Each edition's slide deck as someone opening it gets it: the .pptx that
 * `npm run build` put in build/downloads/, read as PowerPoint's own parts
 * (native charts and their data, every label's size) and opened in a real
 * client, LibreOffice Impress set to an English locale, as on a viewer's
 * English system, which converts it to PDF: one page per slide, each slide's
 * title and source as text, every number as the deck's language writes it,
 * and ink where the chart should be.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { tempFolder } from '../temp-folder';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseEditions, type Content } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { deckPath } from '$lib/charts/files';
import { breachInputs, threatCounts } from '$lib/charts/inputs';
import { campaigns, ESPIONAGE_MEASURES } from '$lib/charts/espionage';
import { countryGroups } from '$lib/charts/map';
import { fill, formatNumber } from '$lib/content/format';
import { chartSeries, fontSizes, textRuns, type ChartSeries } from './chart-xml';

const editions = parseEditions(readContentFiles());
const out = tempFolder('decks');
const deckFile = (lang: string) => join('build', deckPath(lang));
const pdfOf = (lang: string) => join(out, basename(deckFile(lang)).replace(/\.pptx$/, '.pdf'));
/** Text as one line: a line may break after a dash (2016–⏎2018), which joins without a space. */
const collapse = (text: string) =>
	text
		.replace(/([–-])\n\s*/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();

const ENGLISH_LOCALE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>`;

beforeAll(() => {
	for (const lang of Object.keys(editions))
		if (!existsSync(deckFile(lang)))
			throw new Error(`${deckFile(lang)} is missing: run \`npm run build\` first.`);
	const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
	if (soffice.error)
		throw new Error(
			'LibreOffice is not installed: sudo apt-get install -y libreoffice-impress fonts-liberation'
		);
	// A profile of its own, so that a LibreOffice already open elsewhere does not take the job, set to
	// an English locale: every deck must read in its own language on a viewer's English system.
	mkdirSync(join(out, 'profile', 'user'), { recursive: true });
	writeFileSync(join(out, 'profile', 'user', 'registrymodifications.xcu'), ENGLISH_LOCALE);
	const profile = `-env:UserInstallation=file://${join(out, 'profile')}`;
	const decks = Object.keys(editions).map(deckFile);
	execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', out, ...decks], {
		stdio: 'pipe',
		timeout: 180_000
	});
}, 200_000);

async function chartParts(lang: string): Promise<{ xml: string; series: ChartSeries[] }[]> {
	const zip = await JSZip.loadAsync(readFileSync(deckFile(lang)));
	const parts = zip.file(/^ppt\/charts\/chart\d+\.xml$/);
	return Promise.all(
		parts.map(async (part) => {
			const xml = await part.async('string');
			return { xml, series: chartSeries(xml) };
		})
	);
}

/** The data each native chart must hold, from the same content the site's charts draw. */
function expectedCharts(content: Content): ChartSeries[] {
	const counts = threatCounts(
		content.incidents,
		content.threats.map((t) => t.id)
	);
	const breaches = breachInputs(content.incidents, content.numbers);
	const list = campaigns(content.incidents);
	return [
		{
			labels: counts.map((c) => content.threats.find((t) => t.id === c.id)!.name),
			values: counts.map((c) => c.count)
		},
		{ labels: breaches.map((b) => b.label), values: breaches.map((b) => b.value) },
		...ESPIONAGE_MEASURES.map((m) => ({
			labels: list.map((c) => c.label),
			values: list.map((c) => c.values[m])
		}))
	];
}

/** Which threats' colours each chart's marks show: the map only those of incidents tied to a country. */
function colouredThreats(content: Content): Record<string, string[]> {
	const all = content.threats.map((t) => t.id);
	const mapped = countryGroups(content.incidents).flatMap((g) =>
		g.incidents.map((i) => content.incidents.find((x) => x.id === i.id)!.category)
	);
	return {
		timeline: all,
		threats: all,
		map: [...new Set(mapped)],
		breaches: ['breach'],
		espionage: ['espionage'],
		toolbox: []
	};
}

const slideText = (lang: string, page: number) =>
	collapse(
		execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdfOf(lang), '-'], {
			encoding: 'utf8'
		})
	);

function pageImage(lang: string, page: number): PNG {
	const prefix = join(out, `${lang}-page-${page}`);
	execFileSync('pdftoppm', [
		'-r',
		'80',
		'-f',
		String(page),
		'-l',
		String(page),
		'-singlefile',
		'-png',
		pdfOf(lang),
		prefix
	]);
	return PNG.sync.read(readFileSync(`${prefix}.png`));
}

/** Share of pixels in the chart's box (between title and source) that are not the white slide. */
function inkInChartBox(image: PNG): number {
	const [top, bottom] = [Math.round(image.height * 0.25), Math.round(image.height * 0.84)];
	const [left, right] = [Math.round(image.width * 0.05), Math.round(image.width * 0.95)];
	let ink = 0;
	for (let y = top; y < bottom; y++)
		for (let x = left; x < right; x++) {
			const i = (y * image.width + x) * 4;
			if (image.data[i] + image.data[i + 1] + image.data[i + 2] < 3 * 235) ink++;
		}
	return ink / ((bottom - top) * (right - left));
}

/** Pixels within a small distance of a colour ("#C45400"). */
function pixelsOf(image: PNG, colour: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
	let count = 0;
	for (let i = 0; i < image.data.length; i += 4)
		if (Math.abs(image.data[i] - r) + Math.abs(image.data[i + 1] - g) + Math.abs(image.data[i + 2] - b) < 30)
			count++;
	return count;
}

describe.each(Object.entries(editions))('the %s slide deck', (lang, content) => {
	it('holds the threats, breaches and espionage as native charts with the content’s data', async () => {
		const parts = await chartParts(lang);
		// One part per chart PowerPoint draws: the threats, the breaches, a panel per espionage measure.
		expect(parts).toHaveLength(expectedCharts(content).length);
		const held = parts.flatMap((p) => p.series);
		for (const expected of expectedCharts(content)) expect(held).toContainEqual(expected);
		// Breaches on a logarithmic value axis, as on the page.
		const breaches = parts.find((p) =>
			p.series[0].values.includes(breachInputs(content.incidents, content.numbers)[0].value)
		)!;
		expect(breaches.xml).toContain('<c:logBase val="10"/>');
	});

	it('sizes every word on a chart slide for a projector: 14 pt or more, the source line 12 or more', async () => {
		for (const part of await chartParts(lang))
			expect(Math.min(...fontSizes(part.xml))).toBeGreaterThanOrEqual(14);
		const zip = await JSZip.loadAsync(readFileSync(deckFile(lang)));
		for (const [i, chart] of content.charts.entries()) {
			const runs = textRuns(await zip.file(`ppt/slides/slide${i + 2}.xml`)!.async('string'));
			expect(runs.map((r) => r.text).join(' ')).toContain(chart.title);
			for (const run of runs)
				expect(run.size, `"${run.text}" on slide ${i + 2}`).toBeGreaterThanOrEqual(
					run.text === chart.source ? 12 : 14
				);
		}
	});

	it('draws the timeline and the map for the slide: no picture, every name its own text at 14 pt or more', async () => {
		const zip = await JSZip.loadAsync(readFileSync(deckFile(lang)));
		expect(zip.file(/^ppt\/media\//).map((f) => f.name)).toEqual([]);
		const runsOf = async (id: string) => {
			const slide = 2 + content.charts.findIndex((c) => c.id === id);
			return textRuns(await zip.file(`ppt/slides/slide${slide}.xml`)!.async('string'));
		};
		const timeline = await runsOf('timeline');
		for (const incident of content.incidents) {
			const named = timeline.filter((run) => run.text === incident.label);
			expect(named, incident.label).toHaveLength(1);
			expect(named[0].size, incident.label).toBeGreaterThanOrEqual(14);
		}
		const map = await runsOf('map');
		for (const group of countryGroups(content.incidents)) {
			const count = fill(content.chartLabels.map.count, { count: group.incidents.length });
			const label = [group.name, ...(group.incidents.length > 1 ? [count] : [])];
			const runs = label.map((words) => map.find((run) => run.text.trim() === words));
			for (const [i, run] of runs.entries()) {
				expect(run, `${label[i]} on the map`).toBeDefined();
				expect(run!.size, label[i]).toBeGreaterThanOrEqual(14);
			}
		}
	});

	it('opens in LibreOffice Impress with one page per slide', () => {
		const pages = execFileSync('pdfinfo', [pdfOf(lang)], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)![1];
		expect(Number(pages)).toBe(1 + content.charts.length);
	});

	it('writes every number its charts show as its language does, opened on an English system', () => {
		const slideOf = (id: string) => 2 + content.charts.findIndex((c) => c.id === id);
		// The slide of each series expectedCharts gives: the threats, the breaches, espionage's panels.
		const pages = ['threats', 'breaches', ...ESPIONAGE_MEASURES.map(() => 'espionage')].map(slideOf);
		// What the chart itself shows: the slide's text less its title, takeaway and source line.
		const chartText = (page: number) => {
			const chart = content.charts[page - 2];
			return [chart.title, chart.takeaway, chart.source]
				.map(collapse)
				.reduce((text, words) => text.replace(words, ' '), slideText(lang, page));
		};
		expectedCharts(content).forEach((series, i) => {
			const text = chartText(pages[i]);
			// As the site writes it: Yahoo!'s 3,000,000,000 is 3 000 000 000 in French, 3.000.000.000 in German.
			for (const value of series.values)
				expect(text, `${value} on slide ${pages[i]}`).toContain(collapse(formatNumber(value, lang)));
		});
	});

	it('shows each slide’s title and source as text, and the chart drawn where it should be', () => {
		content.charts.forEach((chart, i) => {
			const page = i + 2;
			const text = slideText(lang, page);
			expect(text, `slide ${page}`).toContain(collapse(chart.title));
			expect(text, `slide ${page}`).toContain(collapse(chart.source));
			const image = pageImage(lang, page);
			expect(inkInChartBox(image), `${chart.id} drawn on slide ${page}`).toBeGreaterThan(0.03);
			// Drawn, not a stand-in picture: the marks are there in their threats' colours.
			for (const threat of content.threats.filter((t) => colouredThreats(content)[chart.id].includes(t.id)))
				expect(pixelsOf(image, threat.colour.light), `${threat.id} marks on slide ${page}`).toBeGreaterThan(
					8
				);
		});
	});
});
