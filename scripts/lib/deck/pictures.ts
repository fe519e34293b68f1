/**
 * Charts PowerPoint cannot draw itself (the timeline, the map) go in as SVG,
 * which PowerPoint 365 and Keynote draw sharp and can ungroup into shapes,
 * with a PNG for older clients and LibreOffice. pptxgenjs can only make that
 * PNG in a browser (in Node it writes a "broken image" picture), so the deck
 * is written first and each picture's PNG put in afterwards.
 *
 * One more touch on the written charts: their value labels ("3,000,000,000")
 * must stay on one line, which pptxgenjs has no option for (wrap="none").
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type pptxgen from 'pptxgenjs';
import { BODY } from './style.ts';

export interface Picture {
	/** The chart alone, 960 × 540, as SVG and as its 1920 × 1080 PNG. */
	svg: string;
	png: string;
	description: string;
}

/** The picture, as large as the chart box holds at 16:9. Returns what `withFallbacks` needs. */
export function addPicture(slide: pptxgen.Slide, slideNumber: number, picture: Picture) {
	const h = BODY.h;
	const w = (h * 16) / 9;
	slide.addImage({
		path: picture.svg,
		x: BODY.x + (BODY.w - w) / 2,
		y: BODY.y,
		w,
		h,
		altText: picture.description
	});
	return { slideNumber, png: picture.png };
}

const DATA_LABEL_BODY = /(<c:dLbls>(?:(?!<\/c:dLbls>)[\s\S])*?)<a:bodyPr\/>/g;

/** The written deck with each SVG's PNG stand-in replaced by the chart's own PNG, and data labels unwrapped. */
export async function finishDeck(pptx: Buffer, pictures: { slideNumber: number; png: string }[]) {
	const zip = await JSZip.loadAsync(pptx);
	for (const chart of zip.file(/^ppt\/charts\/chart\d+\.xml$/)) {
		const xml = await chart.async('string');
		zip.file(chart.name, xml.replace(DATA_LABEL_BODY, '$1<a:bodyPr wrap="none"/>'));
	}
	for (const { slideNumber, png } of pictures) {
		const standIns = zip.file(new RegExp(`^ppt/media/image-${slideNumber}-\\d+\\.png$`));
		if (standIns.length !== 1)
			throw new Error(`Slide ${slideNumber} should hold one SVG's PNG stand-in, not ${standIns.length}`);
		zip.file(standIns[0].name, await readFile(png));
	}
	return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
