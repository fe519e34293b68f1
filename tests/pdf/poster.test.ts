/**
 * The poster as a reader gets it: the A1 PDF that `npm run build` put in
 * build/downloads/, read with poppler-utils, and the home page's link to it.
 * Set UPDATE_REFERENCE=1 to replace the reference image after a deliberate
 * change to the poster's look.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { PNG } from 'pngjs';
import { tempFolder } from '../temp-folder';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseContent, parseEditions } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { fill } from '$lib/content/format';
import { meanChannelDifference } from './pixel-diff';

const pdf = 'build/downloads/peace-and-stability-in-cyberspace-a1.pdf';
if (!existsSync(pdf)) throw new Error(`${pdf} is missing: run \`npm run build\` before these tests.`);
const content = parseContent(readContentFiles());
const reference = 'tests/pdf/reference/poster-a1.png';
/** Mean difference per colour channel allowed against the reference (font rendering, small edits). */
const TOLERANCE = 0.04;

const run = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

/** pdfinfo's "Key:   value" lines as an object. */
function pdfInfo(file: string): Record<string, string> {
	return Object.fromEntries(
		run('pdfinfo', file)
			.split('\n')
			.map((line) => line.match(/^([^:]+):\s*(.*)$/))
			.filter((m): m is RegExpMatchArray => m !== null)
			.map((m) => [m[1], m[2].trim()])
	);
}

describe('the A1 poster PDF', () => {
	const info = pdfInfo(pdf);

	it('is one tagged A1 page with the title, subject and author set', () => {
		expect(info.Pages).toBe('1');
		const [width, height] = info['Page size']
			.match(/([\d.]+) x ([\d.]+) pts/)!
			.slice(1)
			.map(Number);
		expect(width).toBeGreaterThanOrEqual(1684 - 2);
		expect(width).toBeLessThanOrEqual(1684 + 2);
		expect(height).toBeGreaterThanOrEqual(2384 - 2);
		expect(height).toBeLessThanOrEqual(2384 + 2);
		expect(info.Tagged).toBe('yes');
		expect(info.Title).toBe(content.story.meta.title);
		expect(info.Subject).toBe(content.story.meta.description);
		expect(info.Author).toBe(content.story.meta.posterAttribution);
	});

	it('has bookmarks for the title and every section, spelt as on the sheet', async () => {
		const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
		const titleOf = (item: PDFDict) =>
			(item.lookup(PDFName.of('Title')) as PDFString | PDFHexString).decodeText();
		const children = (item: PDFDict) => {
			const found: PDFDict[] = [];
			for (
				let next = item.lookup(PDFName.of('First'));
				next instanceof PDFDict;
				next = next.lookup(PDFName.of('Next'))
			)
				found.push(next);
			return found;
		};
		const [top] = children(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict));
		expect(titleOf(top)).toBe(content.story.opening.title);
		const { story } = content;
		const sections = [story.threats, story.timeline, story.cost, story.eu, story.method].map(
			(s) => s.heading
		);
		expect(children(top).map(titleOf)).toEqual(expect.arrayContaining(sections));
	});

	it('is under 3 MB', () => {
		expect(statSync(pdf).size).toBeLessThan(3_000_000);
	});

	it('embeds every font it uses', () => {
		const [, , ...rows] = run('pdffonts', pdf).trimEnd().split('\n');
		expect(rows.length).toBeGreaterThan(0);
		// Names and types may hold spaces, and a long name pushes the columns right, so read each
		// row from its end: emb, sub, uni, object number, generation.
		for (const row of rows)
			expect(row.match(/(yes|no)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+$/)?.[1], row).toBe('yes');
	});

	it('is all vector: no raster images', () => {
		const rows = run('pdfimages', '-list', pdf).trim().split('\n').slice(2);
		expect(rows).toEqual([]);
	});

	it('holds, as real text, every incident, the seven toolbox instruments and the data line', () => {
		const text = run('pdftotext', pdf, '-').replace(/\s+/g, ' ');
		for (const incident of content.incidents) expect(text).toContain(incident.label);
		expect(content.story.eu.toolbox.items).toHaveLength(7);
		for (const item of content.story.eu.toolbox.items) expect(text).toContain(item.text);
		expect(text).toContain(content.dataLine);
		expect(text).toContain(content.story.meta.credit);
	});

	it('looks like the reference rendering', () => {
		const dir = tempFolder('poster-png', onTestFinished);
		run('pdftoppm', '-r', '12', '-png', '-singlefile', pdf, join(dir, 'poster'));
		const png = readFileSync(join(dir, 'poster.png'));
		if (process.env.UPDATE_REFERENCE === '1') {
			mkdirSync(dirname(reference), { recursive: true });
			writeFileSync(reference, png);
		}
		expect(existsSync(reference), `${reference} is missing: run with UPDATE_REFERENCE=1 to make it`).toBe(
			true
		);
		const difference = meanChannelDifference(PNG.sync.read(png), PNG.sync.read(readFileSync(reference)));
		expect(difference, 'mean difference per channel against the reference').toBeLessThanOrEqual(TOLERANCE);
	});
});

describe.each(['fr', 'de'])('the %s edition’s A1 poster PDF', (lang) => {
	const file = `build/downloads/peace-and-stability-in-cyberspace-a1-${lang}.pdf`;
	const edition = parseEditions(readContentFiles())[lang];

	it('is one tagged A1 page, in its language, with its title and author', async () => {
		const info = pdfInfo(file);
		expect(info.Pages).toBe('1');
		expect(info['Page size']).toMatch(/ pts \(A1\)$/);
		expect(info.Tagged).toBe('yes');
		expect(info.Title).toBe(edition.story.meta.title);
		expect(info.Author).toBe(edition.story.meta.posterAttribution);
		const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
		expect((doc.catalog.lookup(PDFName.of('Lang')) as PDFString | PDFHexString).decodeText()).toBe(lang);
	});

	it('embeds its fonts and holds its words as text: incidents, places, toolbox, credit', () => {
		const [, , ...fonts] = run('pdffonts', file).trimEnd().split('\n');
		for (const row of fonts)
			expect(row.match(/(yes|no)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+$/)?.[1], row).toBe('yes');
		const text = run('pdftotext', file, '-').replace(/\s+/g, ' ');
		for (const incident of edition.incidents) expect(text).toContain(incident.label);
		for (const item of edition.story.eu.toolbox.items) expect(text).toContain(item.text.replace(/\s+/g, ' '));
		expect(text).toContain(edition.story.poster.incidentsIntro.replace(/\s+/g, ' '));
	});
});

describe('the home page', () => {
	it('links the poster with its sheet, in the opening and with the sources', () => {
		const html = readFileSync('build/index.html', 'utf8');
		const label = fill(content.story.opening.posterLink, { sheet: 'A1' });
		const links = [...html.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].filter(([, href]) =>
			href.endsWith(`/${basename(pdf)}`)
		);
		expect(links.map((m) => m[2].replace(/&amp;/g, '&').trim())).toEqual([label, label]);
		for (const [, href] of links) expect(existsSync(join('build', href))).toBe(true);
	});
});

describe('npm run poster refuses', () => {
	const poster = (...args: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/poster.ts', ...args], { encoding: 'utf8' });

	it('a sheet size it does not know, listing the ones it does', () => {
		const result = poster('--size', 'B7');
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain('A0 A1 A2 A3');
	});

	it('an edition that has no folder, naming those that do', () => {
		const result = poster('--lang', 'xx', '--out', join(tmpdir(), 'x.pdf'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'There is no edition "xx": content/ has en, de, fr. Give one of them with --lang.'
		);
	});

	it('to render a site that has not been built, saying how to build it', () => {
		const result = poster(
			'--root',
			tempFolder('no-site', onTestFinished),
			'--out',
			join(tempFolder('no-pdf', onTestFinished), 'x.pdf')
		);
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain('Run npm run build first');
	});
});
