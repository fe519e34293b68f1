/**
 * A ready PowerPoint deck of all charts (pptxgenjs): a title slide, then one
 * 16:9 slide per chart with its title and source as editable text, the chart
 * as a 1920 × 1080 PNG, and the takeaway, notes and description in the
 * speaker notes. Opens in PowerPoint, Keynote, LibreOffice and Google Slides.
 */
import pptxgen from 'pptxgenjs';
import type { Content } from '../../src/lib/content/parse.ts';
import { THEMES } from '../../src/lib/styles/theme.ts';

export interface DeckChart {
	id: string;
	title: string;
	takeaway: string;
	notes: string;
	description: string;
	source: string;
	/** The chart alone, 1920 × 1080. */
	png: string;
}

const FONT = 'Arial';
/** The light theme's inks, as PowerPoint writes colours (hex without '#'). */
const INK = THEMES.light.ink.slice(1).toUpperCase();
const SOFT = THEMES.light.inkSoft.slice(1).toUpperCase();

export async function makeDeck(content: Content, charts: DeckChart[], siteUrl: string): Promise<Buffer> {
	const deck = new pptxgen();
	deck.layout = 'LAYOUT_16x9'; // 10 × 5.625 in
	deck.title = content.story.meta.title;
	deck.subject = content.story.meta.description;
	deck.author = content.story.meta.posterAttribution;
	// Text runs say their language, so PowerPoint spell-checks and reads them out in it (en-GB, fr-FR).
	const lang = content.story.edition.locale.replace('_', '-');

	const cover = deck.addSlide();
	cover.addText(content.story.meta.title, {
		x: 0.6,
		y: 1.6,
		w: 8.8,
		h: 1,
		fontFace: FONT,
		lang,
		fontSize: 36,
		bold: true,
		color: INK
	});
	cover.addText(content.story.opening.standfirst, {
		x: 0.6,
		y: 2.6,
		w: 8.8,
		h: 1,
		fontFace: FONT,
		lang,
		fontSize: 16,
		color: SOFT
	});
	cover.addText(`${content.story.meta.credit} ${siteUrl}`, {
		x: 0.6,
		y: 4.6,
		w: 8.8,
		h: 0.6,
		fontFace: FONT,
		lang,
		fontSize: 10,
		color: SOFT
	});

	const imageH = 3.9;
	const imageW = (imageH * 16) / 9;
	for (const chart of charts) {
		const slide = deck.addSlide();
		slide.addText(chart.title, {
			x: 0.4,
			y: 0.2,
			w: 9.2,
			h: 0.55,
			fontFace: FONT,
			lang,
			fontSize: 24,
			bold: true,
			color: INK
		});
		slide.addImage({
			path: chart.png,
			x: (10 - imageW) / 2,
			y: 0.85,
			w: imageW,
			h: imageH,
			altText: chart.description
		});
		slide.addText(chart.source, {
			x: 0.4,
			y: 4.85,
			w: 9.2,
			h: 0.6,
			fontFace: FONT,
			lang,
			fontSize: 9,
			color: SOFT,
			valign: 'top'
		});
		slide.addNotes(`${chart.takeaway}\n\n${chart.notes}\n\n${chart.description}`);
	}
	return (await deck.write({ outputType: 'nodebuffer' })) as Buffer;
}
