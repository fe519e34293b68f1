/**
 * Every chart in every format, from a built site: used by `npm run charts`
 * (into any folder, with a README.txt) and by `npm run build` (into build/,
 * where the pages link the files).
 */
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getContent } from '../../src/lib/server/content.ts';
import { CHART_FILES, deckPath, INCIDENTS_DATA, type ChartFileKind } from '../../src/lib/charts/files.ts';
import { citationOf } from '../../src/lib/charts/citation.ts';
import { colon, labelled } from '../../src/lib/content/typography.ts';
import { editionBase, inEdition } from '../../src/lib/content/editions.ts';
import type { Content } from '../../src/lib/content/parse.ts';
import { drawPngs, pngJobs } from './chart-png.ts';
import { makeDeck } from './deck/index.ts';

/** The deck's file name: peace-and-stability-in-cyberspace-charts.pptx, …-charts-fr.pptx. */
export const deckFileOf = (lang?: string): string => basename(deckPath(lang));

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

/** The README.txt beside the files, in the edition's words; its citations name the site at siteUrl. */
export function chartsReadme(content: Content, siteUrl: string): string {
	const { chartUi: ui, story, data, lang } = content;
	const words = ui.readme;
	const lines = [story.meta.title, '', story.meta.credit, ''];
	for (const chart of content.charts) {
		const url = `${siteUrl}${inEdition(lang, `/charts/${chart.id}`)}`;
		const { id } = chart;
		lines.push(chart.title, `  ${chart.takeaway}`, `  ${chart.source}`);
		lines.push(`  ${labelled(words.cite, citationOf(chart, ui, url, lang), lang)}`);
		lines.push(
			`  ${words.files}${colon(lang)} ${id}.svg (${words.slide}), ${id}-dark.svg, ${id}-plain.svg (${words.chartAlone}),`,
			`    ${id}-1920x1080.png, ${id}-3840x2160.png, ${id}-dark-1920x1080.png,`,
			`    ${id}-plain-1920x1080.png, ${id}-card.png (${words.card}), ${id}.csv`,
			''
		);
	}
	lines.push(
		`${words.incidents}${colon(lang)} incidents.csv, incidents.json. ${words.columns}${colon(lang)}`
	);
	for (const [key, about] of Object.entries(data.columns)) lines.push(`  ${labelled(key, about, lang)}`);
	lines.push('', labelled(words.slides, deckFileOf(lang), lang), '');
	return lines.join('\n');
}

/**
 * Writes an edition's PNGs (and, with `everything`, copies of the SVGs, CSVs,
 * incident data and a README) for every chart into outDir, and its deck to deckFile.
 */
export async function exportCharts(options: {
	root: string;
	lang?: string;
	outDir: string;
	deckFile: string;
	/** The site's public address, which the README's citations and the deck's cover name. */
	siteUrl: string;
	everything: boolean;
	log?: (line: string) => void;
}) {
	const { outDir, deckFile, everything, log = () => {} } = options;
	let content: Content;
	try {
		content = getContent(options.lang);
	} catch (error) {
		throw new ExportError(`${(error as Error).message} Give one of them with --lang.`);
	}
	// An edition's files are where its pages are: build/charts/ in English, build/fr/charts/ in French.
	const root = join(options.root, editionBase(content.lang));
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
		await writeAtomically(join(outDir, 'README.txt'), chartsReadme(content, options.siteUrl));
	}
	log(`› Drawing PNGs (1920 × 1080, 3840 × 2160, dark, chart alone) into ${outDir}/`);
	await drawPngs(pngJobs(root, outDir), log);
	log(`› Making the slide deck ${deckFile}`);
	const deck = await makeDeck(content, `${options.siteUrl}${editionBase(content.lang)}`);
	await writeAtomically(deckFile, deck);
	log(`✓ ${content.charts.length} charts exported`);
}
