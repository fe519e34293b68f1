/**
 * The charts PowerPoint draws itself, with their data in the slide (a policy
 * officer can translate a label, recolour a bar or change a number there):
 * threats as bars in their colours with their symbols, breaches on a
 * logarithmic value axis, espionage as three small bar charts, one scale per
 * measure, as on the page. The numbers are the content's, through the same
 * functions the site's charts use.
 */
import type pptxgen from 'pptxgenjs';
import type { Content } from '../../../src/lib/content/parse.ts';
import { breachInputs, threatCounts } from '../../../src/lib/charts/inputs.ts';
import { campaigns, capitalise, ESPIONAGE_MEASURES } from '../../../src/lib/charts/espionage.ts';
import { compactNumberFormat, fullNumberFormat } from './number-formats.ts';
import { addSymbol } from './shapes.ts';
import { BODY, FONT, hex, INK, RULE, SIZE, SOFT, textBase, type Box } from './style.ts';

/** Where the bars are inside a chart's frame, as fractions of it: fixed, so symbols and names line up. */
type PlotLayout = { x: number; y: number; w: number; h: number };

function bars(
	deck: pptxgen,
	slide: pptxgen.Slide,
	series: { name: string; labels: string[]; values: number[] },
	lang: string,
	box: Box,
	options: pptxgen.IChartOpts & { layout: PlotLayout }
) {
	slide.addChart(deck.ChartType.bar, [series], {
		...box,
		barDir: 'bar',
		catAxisLabelFontFace: FONT,
		catAxisLabelFontSize: SIZE.label,
		catAxisLabelFontBold: true,
		catAxisLabelColor: INK,
		catAxisLineShow: false,
		catAxisMajorTickMark: 'none',
		showValue: true,
		dataLabelPosition: 'outEnd',
		dataLabelFontFace: FONT,
		dataLabelFontSize: SIZE.label,
		dataLabelFontBold: true,
		dataLabelColor: INK,
		// The figures in full with the edition's separators, written into the format (number-formats.ts).
		dataLabelFormatCode: fullNumberFormat(series.values, lang),
		valAxisHidden: true,
		// Hidden, but sized for when someone shows it.
		valAxisLabelFontFace: FONT,
		valAxisLabelFontSize: SIZE.small,
		valGridLine: { style: 'none' },
		showLegend: false,
		barGapWidthPct: 70,
		...options
	});
}

const centreOf = (box: Box, plot: PlotLayout, index: number, count: number) =>
	box.y + box.h * (plot.y + (plot.h * (index + 0.5)) / count);

export function threatsChart(deck: pptxgen, slide: pptxgen.Slide, content: Content) {
	const counts = threatCounts(
		content.incidents,
		content.threats.map((t) => t.id)
	);
	const threats = counts.map((c) => content.threats.find((t) => t.id === c.id)!);
	const plot = { x: 0.28, y: 0.04, w: 0.6, h: 0.92 };
	const box = { ...BODY, x: BODY.x + 0.6, w: BODY.w - 0.6 };
	bars(
		deck,
		slide,
		{
			name: content.chartTables.threats.incidents,
			labels: threats.map((t) => t.name),
			values: counts.map((c) => c.count)
		},
		content.lang,
		box,
		{ layout: plot, chartColors: threats.map((t) => hex(t.colour.light)) }
	);
	threats.forEach((threat, i) =>
		addSymbol(slide, threat, BODY.x + 0.5, centreOf(box, plot, i, threats.length), 0.26)
	);
}

/** The powers of ten from below the smallest value to above the largest: the logarithmic axis's ticks. */
function decades(values: number[]): number[] {
	const [low, high] = [
		Math.floor(Math.log10(Math.min(...values))),
		Math.ceil(Math.log10(Math.max(...values)))
	];
	return Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i));
}

export function breachesChart(deck: pptxgen, slide: pptxgen.Slide, content: Content) {
	const breaches = breachInputs(content.incidents, content.numbers);
	const values = breaches.map((b) => b.value);
	const colour = hex(content.threats.find((t) => t.id === 'breach')!.colour.light);
	const box = { ...BODY, h: BODY.h - 0.45 };
	const ticks = decades(values);
	bars(
		deck,
		slide,
		{ name: content.chartTables.breaches.lost, labels: breaches.map((b) => b.label), values },
		content.lang,
		box,
		{
			layout: { x: 0.22, y: 0.02, w: 0.6, h: 0.82 },
			chartColors: [colour],
			valAxisHidden: false,
			valAxisLogScaleBase: 10,
			valAxisMinVal: ticks[0],
			valAxisMaxVal: ticks[ticks.length - 1],
			// 10 bn, 1 m ("10 Md", "10 Mrd."); the bars' own labels keep the full figures, as the factsheet gives them.
			valAxisLabelFormatCode: compactNumberFormat(ticks, content.lang),
			valAxisLabelColor: SOFT,
			valAxisLineShow: false,
			valGridLine: { color: RULE, size: 1 }
		}
	);
	slide.addText(content.chartLabels.breaches.axisNote, {
		...textBase(content),
		x: BODY.x,
		y: box.y + box.h + 0.05,
		w: BODY.w,
		h: 0.35,
		fontSize: SIZE.small,
		color: SOFT,
		align: 'center'
	});
}

export function espionageChart(deck: pptxgen, slide: pptxgen.Slide, content: Content) {
	const list = campaigns(content.incidents);
	const colour = hex(content.threats.find((t) => t.id === 'espionage')!.colour.light);
	const namesWidth = 2.7;
	const panelWidth = (BODY.w - namesWidth) / ESPIONAGE_MEASURES.length;
	const plot = { x: 0.02, y: 0.22, w: 0.66, h: 0.74 };
	ESPIONAGE_MEASURES.forEach((measure, i) => {
		const box = { ...BODY, x: BODY.x + namesWidth + i * panelWidth, w: panelWidth };
		bars(
			deck,
			slide,
			{
				name: capitalise(content.story.measures[measure]),
				labels: list.map((c) => c.label),
				values: list.map((c) => c.values[measure])
			},
			content.lang,
			box,
			{
				layout: plot,
				chartColors: [colour],
				// The campaigns are named once, on the left; each panel keeps them in its data.
				catAxisHidden: true,
				barGapWidthPct: 110,
				showTitle: true,
				title: capitalise(content.story.measures[measure]),
				titleFontFace: FONT,
				titleFontSize: SIZE.label,
				titleBold: true,
				titleColor: INK,
				titleAlign: 'left',
				titlePos: { x: plot.x * box.w, y: 0.05 }
			}
		);
	});
	list.forEach((campaign, i) => {
		slide.addText(
			[
				{ text: campaign.label, options: { bold: true, color: INK, breakLine: true } },
				{ text: String(campaign.year), options: { color: SOFT } }
			],
			{
				...textBase(content),
				x: BODY.x,
				y: centreOf(BODY, plot, i, list.length) - 0.35,
				w: namesWidth - 0.1,
				h: 0.7,
				fontSize: SIZE.label,
				valign: 'middle'
			}
		);
	});
}
