/**
 * Where things go in a chart's own file (ChartFile.svelte): the file's size,
 * its words as lines of text, and the box the chart is drawn in. Pure, so the
 * frame of every variant is unit-tested without rendering.
 */
import { FRAMES, round } from './frame';
import { wrapText } from './text';

export type FileVariant = 'slide' | 'plain' | 'share' | 'card';

export interface FileText {
	x: number;
	/** Baseline of the first line. */
	y: number;
	size: number;
	lineHeight: number;
	lines: string[];
	bold?: boolean;
	soft?: boolean;
	/** Set after the chart (the source line and credit), so that the file reads in order. */
	below?: boolean;
}

export interface FileFrame {
	width: number;
	height: number;
	title: string;
	/** The long description, for slides. */
	desc?: string;
	texts: FileText[];
	/** Where the 960 × 540 chart is drawn, in the file's units. */
	chart: { x: number; y: number; width: number; height: number };
}

interface ChartWords {
	title: string;
	takeaway: string;
	description: string;
	source: string;
}

const one = (x: number, y: number, size: number, line: string, style: Partial<FileText> = {}): FileText => ({
	x,
	y,
	size,
	lineHeight: size * 1.3,
	lines: [line],
	...style
});

/** The baseline of a text's last line. */
export const lastBaseline = (text: FileText) => text.y + (text.lines.length - 1) * text.lineHeight;

export function fileFrame(
	variant: FileVariant,
	chart: ChartWords,
	meta: { title: string; credit: string }
): FileFrame {
	const { width, height } = FRAMES.wide;
	if (variant === 'plain')
		return { width, height, title: chart.title, texts: [], chart: { x: 0, y: 0, width, height } };

	if (variant === 'share') {
		const [w, h] = [1200, 630];
		const credit = wrapText(meta.credit, w - 96, 17);
		return {
			width: w,
			height: h,
			title: meta.title,
			texts: [
				one(48, 78, 52, meta.title, { bold: true }),
				{
					x: 48,
					y: h - 20 - (credit.length - 1) * 22,
					size: 17,
					lineHeight: 22,
					lines: credit,
					soft: true,
					below: true
				}
			],
			chart: { x: 24, y: 104, width: w - 48, height: 470 }
		};
	}

	if (variant === 'card') return cardFrame(chart);

	// The slide: 960 × 540 (16:9; exports draw it at 2× and 4×). A title or takeaway too long for
	// one line (French and German run a third longer than English) wraps, and the chart gives way.
	const pad = 36;
	const sourceSize = 12;
	const heading = (y: number, size: number, lineHeight: number, text: string, bold: boolean): FileText => ({
		...one(pad, y, size, '', bold ? { bold } : { soft: true }),
		lineHeight,
		lines: wrapText(text, width - 2 * pad, size, bold ? 700 : undefined)
	});
	const title = heading(46, 26, 30, chart.title, true);
	const takeaway = heading(lastBaseline(title) + 28, 16, 21, chart.takeaway, false);
	const source = wrapText(chart.source, width - 2 * pad, sourceSize);
	const sourceTop = round(height - 18 - (source.length - 1) * sourceSize * 1.3);
	const chartTop = lastBaseline(takeaway) + 16;
	return {
		width,
		height,
		title: chart.title,
		desc: `${chart.takeaway} ${chart.description} ${chart.source}`,
		texts: [
			title,
			takeaway,
			{
				x: pad,
				y: sourceTop,
				size: sourceSize,
				lineHeight: round(sourceSize * 1.3),
				lines: source,
				soft: true,
				below: true
			}
		],
		chart: {
			x: pad / 2,
			y: chartTop,
			width: width - pad,
			height: round(sourceTop - sourceSize - 12 - chartTop)
		}
	};
}

/** A chart's own link-preview card, 1200 × 630: its title (up to two lines), the chart, its source. */
function cardFrame(chart: ChartWords): FileFrame {
	const [w, h, pad] = [1200, 630, 48];
	const [titleSize, sourceSize] = [44, 17];
	const title = wrapText(chart.title, w - 2 * pad, titleSize, 700);
	const source = wrapText(chart.source, w - 2 * pad, sourceSize);
	const titleLine = round(titleSize * 1.15);
	const sourceLine = round(sourceSize * 1.3);
	const sourceTop = h - 22 - (source.length - 1) * sourceLine;
	const chartTop = pad + titleSize + (title.length - 1) * titleLine + 8;
	return {
		width: w,
		height: h,
		title: chart.title,
		desc: `${chart.description} ${chart.source}`,
		texts: [
			{ x: pad, y: pad + titleSize - 4, size: titleSize, lineHeight: titleLine, lines: title, bold: true },
			{
				x: pad,
				y: sourceTop,
				size: sourceSize,
				lineHeight: sourceLine,
				lines: source,
				soft: true,
				below: true
			}
		],
		chart: { x: pad / 2, y: chartTop, width: w - pad, height: round(sourceTop - sourceSize - 8 - chartTop) }
	};
}
