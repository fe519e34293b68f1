/**
 * Charts drawn as pictures go in as SVG, which PowerPoint 365 and Keynote draw
 * sharp and can ungroup into shapes, with a PNG for older clients and
 * LibreOffice. pptxgenjs can only make that PNG in a browser (in Node it
 * writes a "broken image" picture), so once the deck is written, each SVG
 * picture's PNG part is found through the slide's own relationships (the
 * picture's a:blip, whose extension names the SVG) and given the chart's PNG.
 */
import { readFile } from 'node:fs/promises';
import type pptxgen from 'pptxgenjs';
import { BODY } from './style.ts';
import { children, elements, NS, PART_TYPE, type Package } from './package-xml.ts';

export interface Picture {
	/** The chart alone, 960 × 540, as SVG and as its 1920 × 1080 PNG. */
	svg: string;
	png: string;
	description: string;
}

/** The picture, as large as the chart box holds at 16:9. */
export function addPicture(slide: pptxgen.Slide, picture: Picture) {
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
}

/** Gives every SVG picture in the deck the PNG of the chart whose SVG it holds. */
export async function finishPictures(pptx: Package, pictures: Picture[]) {
	const pngOf = new Map<string, string>();
	for (const picture of pictures) pngOf.set(await readFile(picture.svg, 'utf8'), picture.png);
	let given = 0;
	for (const slide of await pptx.partsOfType(PART_TYPE.slide))
		for (const blip of elements(await pptx.xml(slide), 'a:blip')) {
			const [svg] = children(children(children([blip], 'a:extLst'), 'a:ext'), 'asvg:svgBlip');
			if (!svg) continue;
			const held = (await pptx.bytes(await pptx.target(slide, svg.getAttributeNS(NS.r, 'embed')!))).toString(
				'utf8'
			);
			const png = pngOf.get(held);
			if (!png) throw new Error(`${slide} holds an SVG picture that is none of the charts'`);
			pptx.put(await pptx.target(slide, blip.getAttributeNS(NS.r, 'embed')!), await readFile(png));
			given++;
		}
	if (given !== pictures.length)
		throw new Error(`The deck holds ${given} SVG pictures, not ${pictures.length}`);
}
