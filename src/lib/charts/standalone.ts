/**
 * A chart as a file of its own: the chart's SVG (as the server draws it for
 * the page) set in a 16:9 slide frame with its title, takeaway and source line.
 * Everything is presentation attributes, so the file needs no outside CSS and
 * looks the same as an <img>, in a browser tab, in Inkscape and in slides.
 */
import { FRAMES } from './frame';
import type { Palette } from './palette';
import { wrapText } from './text';
import { compactNumbers } from './compact';

export interface SlideText {
	title: string;
	takeaway: string;
	description: string;
	source: string;
}

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The marks inside the first <svg> of server-rendered chart HTML, without Svelte's markers and classes. */
export function chartMarks(html: string): string {
	const match = html.match(/<svg\b[^>]*>([\s\S]*)<\/svg>/);
	if (!match) throw new Error('The chart rendered no <svg>');
	return compactNumbers(match[1])
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s(class|style)="[^"]*"/g, '')
		.replace(/>\s+</g, '><')
		.trim();
}

/** The slide: 960 × 540 (16:9; exports draw it at 2× and 4×). */
export function slideSvg(marks: string, text: SlideText, palette: Palette): string {
	const { width, height } = FRAMES.wide;
	const pad = 36;
	const sourceSize = 12;
	const sourceLines = wrapText(text.source, width - 2 * pad, sourceSize);
	const sourceTop = height - 18 - (sourceLines.length - 1) * sourceSize * 1.3;
	const chartTop = 90;
	const chartHeight = sourceTop - sourceSize - 12 - chartTop;
	const tspans = sourceLines
		.map((line, i) => `<tspan x="${pad}" dy="${i === 0 ? 0 : sourceSize * 1.3}">${escape(line)}</tspan>`)
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`,
		` font-family="${escape(palette.font)}" role="img" aria-labelledby="title desc">`,
		`<title id="title">${escape(text.title)}</title>`,
		`<desc id="desc">${escape(`${text.takeaway} ${text.description} ${text.source}`)}</desc>`,
		`<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
		`<text x="${pad}" y="46" font-size="26" font-weight="700" fill="${palette.ink}">${escape(text.title)}</text>`,
		`<text x="${pad}" y="74" font-size="16" fill="${palette.inkSoft}">${escape(text.takeaway)}</text>`,
		`<svg x="${pad / 2}" y="${chartTop}" width="${width - pad}" height="${chartHeight.toFixed(1)}" viewBox="0 0 ${width} ${height}" overflow="visible">`,
		marks,
		`</svg>`,
		`<text y="${sourceTop.toFixed(1)}" font-size="${sourceSize}" fill="${palette.inkSoft}">${tspans}</text>`,
		`</svg>`
	].join('');
}

/** The chart alone, without its words (for slides that set title and source as text). */
export function plainSvg(marks: string, text: SlideText, palette: Palette): string {
	const { width, height } = FRAMES.wide;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`,
		` font-family="${escape(palette.font)}" role="img" aria-labelledby="title">`,
		`<title id="title">${escape(text.title)}</title>`,
		`<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
		marks,
		`</svg>`
	].join('');
}

/** The 1200 × 630 image for link previews: the title over the chart. */
export function shareSvg(marks: string, title: string, credit: string, palette: Palette): string {
	const [width, height] = [1200, 630];
	const chart = FRAMES.wide;
	const creditLines = wrapText(credit, width - 96, 17);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`,
		` font-family="${escape(palette.font)}" role="img" aria-labelledby="title">`,
		`<title id="title">${escape(title)}</title>`,
		`<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
		`<text x="48" y="78" font-size="52" font-weight="700" fill="${palette.ink}">${escape(title)}</text>`,
		`<svg x="24" y="104" width="${width - 48}" height="470" viewBox="0 0 ${chart.width} ${chart.height}">`,
		marks,
		`</svg>`,
		`<text y="${height - 20 - (creditLines.length - 1) * 22}" font-size="17" fill="${palette.inkSoft}">`,
		creditLines.map((line, i) => `<tspan x="48" dy="${i === 0 ? 0 : 22}">${escape(line)}</tspan>`).join(''),
		`</text>`,
		`</svg>`
	].join('');
}
