/**
 * Every chart in every format, from a built site: used by `npm run charts`
 * (into any folder, with a README.txt) and by `npm run build` (into build/,
 * where the pages link the files).
 */
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getContent } from '../../src/lib/server/content.ts';
import { SITE_URL } from '../../src/lib/server/site.ts';
import { CHART_FILES, DECK_PATH, INCIDENTS_DATA, type ChartFileKind } from '../../src/lib/charts/files.ts';
import { fill } from '../../src/lib/content/format.ts';
import { drawPngs, pngJobs } from './chart-png.ts';
import { makeDeck } from './deck.ts';

export const DECK_FILE = basename(DECK_PATH);

export class ExportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExportError';
	}
}

const PREBUILT: ChartFileKind[] = ['svg', 'svgDark', 'svgPlain', 'csv'];

async function writeAtomically(file: string, data: string | Buffer) {
	await writeFile(`${file}.tmp`, data);
	await rename(`${file}.tmp`, file);
}

function citationOf(title: string, id: string, source: string): string {
	const { chartUi } = getContent();
	return fill(chartUi.citation, { title, url: `${SITE_URL}/charts/${id}`, source });
}

function readme(): string {
	const content = getContent();
	const lines = [content.story.meta.title, '', content.story.meta.credit, ''];
	for (const chart of content.charts) {
		lines.push(chart.title, `  ${chart.takeaway}`, `  ${chart.source}`);
		lines.push(`  Cite: ${citationOf(chart.title, chart.id, chart.source)}`);
		lines.push(
			`  Files: ${chart.id}.svg (slide), ${chart.id}-dark.svg, ${chart.id}-plain.svg (chart alone),`
		);
		lines.push(
			`         ${chart.id}-1920x1080.png, ${chart.id}-3840x2160.png, ${chart.id}-dark-1920x1080.png,`
		);
		lines.push(`         ${chart.id}-plain-1920x1080.png, ${chart.id}.csv`, '');
	}
	lines.push(`Incidents: incidents.csv and incidents.json. Columns:`);
	for (const [key, about] of Object.entries(content.data.columns)) lines.push(`  ${key}: ${about}`);
	lines.push('', `Slides: ${DECK_FILE}`, '');
	return lines.join('\n');
}

/**
 * Writes the PNGs (and, with `everything`, copies of the SVGs, CSVs, incident
 * data and a README) for every chart into outDir, and the deck to deckFile.
 */
export async function exportCharts(options: {
	root: string;
	outDir: string;
	deckFile: string;
	everything: boolean;
	log?: (line: string) => void;
}) {
	const { root, outDir, deckFile, everything, log = () => {} } = options;
	const content = getContent();
	if (!existsSync(join(root, 'charts', `${content.charts[0].id}.svg`)))
		throw new ExportError(`There are no chart files in ${root}/charts/. Run npm run build first.`);
	await mkdir(outDir, { recursive: true });
	if (everything) {
		log(`› Copying SVG and CSV files into ${outDir}/`);
		for (const chart of content.charts)
			for (const kind of PREBUILT) {
				const file = basename(CHART_FILES[kind](chart.id));
				await copyFile(join(root, 'charts', file), join(outDir, file));
			}
		for (const path of Object.values(INCIDENTS_DATA))
			await copyFile(join(root, path), join(outDir, basename(path)));
		await writeAtomically(join(outDir, 'README.txt'), readme());
	}
	log(`› Drawing PNGs (1920 × 1080, 3840 × 2160, dark, chart alone) into ${outDir}/`);
	await drawPngs(pngJobs(root, outDir), log);
	log(`› Making the slide deck ${deckFile}`);
	const deck = await makeDeck(
		content,
		content.charts.map((chart) => ({
			...chart,
			png: join(outDir, basename(CHART_FILES.pngPlain(chart.id)))
		})),
		SITE_URL
	);
	await writeAtomically(deckFile, deck);
	log(`✓ ${content.charts.length} charts exported`);
}
