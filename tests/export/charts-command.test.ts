/**
 * `npm run charts -- --out DIR --lang de` as someone preparing a deck runs it: every
 * chart in every format, a README and a PowerPoint file with a slide per chart, in the
 * edition asked for. Run once, in an edition other than the default, so the edition's
 * words are seen to reach every file; the default is the options' own (charts-cli.test.ts),
 * and npm run build exports the English files the same way (tests/build/exports.test.ts).
 * Needs the built site (npm run build) and a browser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { tempFolder } from '../temp-folder';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { parseEditions } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { builtAddress } from '../../scripts/lib/built-site';

const content = parseEditions(readContentFiles()).de;
const out = tempFolder('charts');
const DECK = 'peace-and-stability-in-cyberspace-charts-de.pptx';
let files: string[] = [];

function pngSize(file: string): [number, number] {
	const data = readFileSync(join(out, file));
	return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

beforeAll(() => {
	execFileSync('npx', ['--no-install', 'tsx', 'scripts/charts.ts', '--out', out, '--lang', 'de'], {
		stdio: 'pipe'
	});
	files = readdirSync(out);
}, 180_000);

describe('npm run charts -- --out DIR --lang de', () => {
	it('writes an SVG, a 1920 × 1080 PNG, a 4K PNG and a CSV for every chart', () => {
		for (const { id } of content.charts) {
			expect(files).toContain(`${id}.svg`);
			expect(files).toContain(`${id}.csv`);
			expect(pngSize(`${id}-1920x1080.png`)).toEqual([1920, 1080]);
			expect(pngSize(`${id}-3840x2160.png`)).toEqual([3840, 2160]);
		}
	});

	it("writes the incident data in its words and a README citing each chart at its edition's address", () => {
		const site = builtAddress('build')!.url;
		expect(files).toContain('incidents.json');
		const csv = readFileSync(join(out, 'incidents.csv'), 'utf8');
		expect(csv).toContain(content.incidents.find((i) => i.id === 'stuxnet')!.place);
		const readme = readFileSync(join(out, 'README.txt'), 'utf8');
		expect(readme).toContain(content.story.meta.title);
		for (const chart of content.charts) {
			expect(readme).toContain(chart.title);
			expect(readme).toContain(`${site}/de/charts/${chart.id}`);
		}
		expect(readme).toContain(content.dataLine);
		expect(readme).toContain(`${content.chartUi.readme.slides}: ${DECK}`);
	});

	it('writes a deck with a title slide and one slide per chart, each with its notes', async () => {
		expect(files.filter((f) => f.endsWith('.pptx'))).toEqual([DECK]);
		const zip = await JSZip.loadAsync(readFileSync(join(out, DECK)));
		const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
		expect(slides).toHaveLength(1 + content.charts.length);
		const second = await zip.file('ppt/slides/slide2.xml')!.async('string');
		expect(second).toContain(content.charts[0].title);
		const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
		const xml = (await Promise.all(notes.map((f) => zip.file(f)!.async('string')))).join('');
		const allNotes = xml
			.replace(/&apos;/g, "'")
			.replace(/&quot;/g, '"')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
		for (const chart of content.charts) expect(allNotes).toContain(chart.takeaway.split(';')[0]);
	});

	it('refuses an edition that has no folder, naming those that do', () => {
		const run = spawnSync(
			'npx',
			['--no-install', 'tsx', 'scripts/charts.ts', '--lang', 'xx', '--out', tmpdir()],
			{
				encoding: 'utf8'
			}
		);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(
			/There is no edition "xx": content\/ has en, de, fr\. Give one of them with --lang\./
		);
	});

	it('says to build first when there is no built site, and exits non-zero', () => {
		const empty = tempFolder('no-site', onTestFinished);
		const run = spawnSync(
			'npx',
			['--no-install', 'tsx', 'scripts/charts.ts', '--root', empty, '--out', join(empty, 'x')],
			{
				encoding: 'utf8'
			}
		);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/Run npm run build first/);
	});
});
