/**
 * An edition's PowerPoint deck of every chart (pptxgenjs): a title slide, then
 * one 16:9 slide per chart with its title, takeaway and source as editable
 * text, and the chart itself drawn for the slide, never a picture: as
 * PowerPoint's own chart where PowerPoint can draw it (threats, breaches,
 * espionage), as shapes and text (the timeline, the map, the toolbox), so
 * every label is set at projector size and can be edited or translated there.
 * Notes, the full description and the takeaway are in the speaker notes.
 * Opens in PowerPoint, Keynote, LibreOffice and Google Slides.
 */
import pptxgen from 'pptxgenjs';
import type { ChartId } from '../../../src/lib/content/charts.ts';
import type { Content } from '../../../src/lib/content/parse.ts';
import { breachesChart, espionageChart, threatsChart } from './native-charts.ts';
import { toolboxChart } from './toolbox.ts';
import { timelineChart } from './timeline.ts';
import { mapChart } from './map.ts';
import { finishCharts } from './chart-parts.ts';
import { Package } from './package-xml.ts';
import { BODY, fitSize, INK, SIZE, SOFT, textBase } from './style.ts';

type Drawer = (deck: pptxgen, slide: pptxgen.Slide, content: Content) => void;

/** How each chart is drawn on its slide: a chart the content adds needs its drawer here. */
const DRAWERS: Record<ChartId, Drawer> = {
	timeline: timelineChart,
	threats: threatsChart,
	map: mapChart,
	breaches: breachesChart,
	espionage: espionageChart,
	toolbox: toolboxChart
};

export async function makeDeck(content: Content, siteUrl: string): Promise<Buffer> {
	const deck = new pptxgen();
	deck.layout = 'LAYOUT_16x9'; // 10 × 5.625 in
	deck.title = content.story.meta.title;
	deck.subject = content.story.meta.description;
	deck.author = content.story.meta.posterAttribution;
	const text = textBase(content);

	const cover = deck.addSlide();
	cover.addText(content.story.meta.title, {
		...text,
		x: 0.6,
		y: 1.5,
		w: 8.8,
		h: 1,
		fontSize: 36,
		bold: true,
		color: INK
	});
	cover.addText(content.story.opening.standfirst, {
		...text,
		x: 0.6,
		y: 2.6,
		w: 8.8,
		h: 1.2,
		fontSize: 18,
		color: SOFT,
		valign: 'top'
	});
	cover.addText(`${content.story.meta.credit} ${siteUrl}`, {
		...text,
		x: 0.6,
		y: 4.5,
		w: 8.8,
		h: 0.7,
		fontSize: SIZE.source,
		color: SOFT
	});

	for (const chart of content.charts) {
		const slide = deck.addSlide();
		slide.addText(chart.title, {
			...text,
			x: BODY.x,
			y: 0.2,
			w: BODY.w,
			h: 0.6,
			fontSize: fitSize(chart.title, BODY.w, 1, SIZE.title, 20, true),
			bold: true,
			color: INK,
			valign: 'bottom'
		});
		slide.addText(chart.takeaway, {
			...text,
			x: BODY.x,
			y: 0.82,
			w: BODY.w,
			h: 0.5,
			fontSize: fitSize(chart.takeaway, BODY.w, 1, SIZE.takeaway, SIZE.small),
			color: SOFT,
			valign: 'top'
		});
		DRAWERS[chart.id](deck, slide, content);
		slide.addText(chart.source, {
			...text,
			x: BODY.x,
			y: BODY.y + BODY.h + 0.1,
			w: BODY.w,
			h: 5.625 - BODY.y - BODY.h - 0.15,
			fontSize: fitSize(chart.source, BODY.w, 2, SIZE.source, 12),
			color: SOFT,
			valign: 'top'
		});
		slide.addNotes(`${chart.takeaway}\n\n${chart.notes}\n\n${chart.description}`);
	}
	const written = await deck.write({ outputType: 'nodebuffer' });
	// Its types name every output; a Node buffer is a Uint8Array.
	if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs wrote no buffer');
	const pptx = await Package.open(written);
	await finishCharts(pptx);
	return pptx.write();
}
