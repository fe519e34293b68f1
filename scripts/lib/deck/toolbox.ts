/**
 * The toolbox ladder as PowerPoint shapes and text, drawn as on the page:
 * the softest instrument on the bottom rung, each rung numbered, an arrow
 * from "Softer" to "Harder" beside it. Every instrument is its own text box.
 */
import type pptxgen from 'pptxgenjs';
import type { Content } from '../../../src/lib/content/parse.ts';
import { BG, BODY, fitSize, INK, SIZE, SOFT, textBase } from './style.ts';

export function toolboxChart(deck: pptxgen, slide: pptxgen.Slide, content: Content) {
	const items = content.story.eu.toolbox.items;
	// The ladder's rails, then the instruments' text to the right edge.
	const [left, right] = [BODY.x + 1.5, BODY.x + 2.1];
	const width = BODY.x + BODY.w - right - 0.3;
	// One size for every rung, the largest at which each instrument keeps to one line.
	const size = Math.min(...items.map((item) => fitSize(item.text, width, 1, SIZE.label, SIZE.small)));
	const { softer, harder } = content.chartLabels.toolbox;
	const text = textBase(content);
	const step = BODY.h / items.length;
	const rungY = (rung: number) => BODY.y + BODY.h - step * (rung + 0.5);
	const rail = { line: { color: SOFT, width: 2.5 } };
	for (const x of [left, right])
		slide.addShape(deck.ShapeType.line, { x, y: BODY.y, w: 0, h: BODY.h, ...rail });

	items.forEach((item, i) => {
		const y = rungY(i);
		slide.addShape(deck.ShapeType.line, {
			x: left,
			y,
			w: right - left,
			h: 0,
			line: { color: INK, width: 1.5 + i * 0.5 }
		});
		const r = 0.19;
		slide.addText(String(i + 1), {
			...text,
			shape: deck.ShapeType.ellipse,
			x: (left + right) / 2 - r,
			y: y - r,
			w: 2 * r,
			h: 2 * r,
			fill: { color: INK },
			color: BG,
			bold: true,
			fontSize: SIZE.small,
			align: 'center',
			valign: 'middle'
		});
		slide.addText(item.text, {
			...text,
			x: right + 0.3,
			y: y - step / 2,
			w: width,
			h: step,
			fontSize: size,
			color: INK,
			valign: 'middle'
		});
	});

	const label = (words: string, y: number) =>
		slide.addText(words, {
			...text,
			x: BODY.x,
			y: y - 0.2,
			w: 1.4,
			h: 0.4,
			fontSize: SIZE.label,
			bold: true,
			color: INK,
			align: 'center',
			valign: 'middle'
		});
	label(harder, rungY(items.length - 1));
	label(softer, rungY(0));
	slide.addShape(deck.ShapeType.line, {
		x: BODY.x + 0.7,
		y: rungY(items.length - 1) + 0.3,
		w: 0,
		h: rungY(0) - rungY(items.length - 1) - 0.6,
		flipV: true,
		line: { color: SOFT, width: 2, endArrowType: 'triangle' }
	});
}
