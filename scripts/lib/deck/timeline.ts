/**
 * The incidents timeline drawn for the slide, as PowerPoint's own shapes and
 * text: time runs down the years, as on a phone, one column per threat headed
 * by its symbol and name, so that every incident's name has a column's width
 * at 14 pt. Each incident is its threat's symbol and its name, in its year, in
 * date order; every name is its own text box. A year takes the height its
 * names need, and the room left is shared between the years.
 */
import type pptxgen from 'pptxgenjs';
import type { Content, Incident } from '../../../src/lib/content/parse.ts';
import { compareDates } from '../../../src/lib/content/order.ts';
import { wrapText } from '../../../src/lib/charts/text.ts';
import { addSymbol } from './shapes.ts';
import { BODY, INK, RULE, SIZE, SOFT, textBase } from './style.ts';

const YEARS = Array.from({ length: 7 }, (_, i) => 2012 + i);
const SYMBOL = 0.17;
const GAP = 0.06;
/** A line of names, set a little closer than the default so that more years fit. */
const LINE = (SIZE.small * 1.12) / 72;
const [YEARS_WIDTH, HEAD_HEIGHT, ROW_PAD] = [0.55, 0.34, 0.06];

export function timelineChart(deck: pptxgen, slide: pptxgen.Slide, content: Content) {
	const text = textBase(content);
	const column = (BODY.w - YEARS_WIDTH) / content.threats.length;
	const nameWidth = column - SYMBOL - 2 * GAP;
	// The site's widths are at least Arial's, so a name they put on one line fits.
	const linesOf = (incident: Incident) => wrapText(incident.label, nameWidth * 72, SIZE.small).length;
	const cell = (threat: string, year: number) =>
		content.incidents
			.filter((incident) => incident.category === threat && incident.year === year)
			.sort((a, b) => compareDates(a.date, b.date));
	const need = YEARS.map(
		(year) =>
			Math.max(...content.threats.map((t) => cell(t.id, year).reduce((sum, i) => sum + linesOf(i), 0))) *
				LINE +
			ROW_PAD
	);
	const spare = BODY.h - HEAD_HEIGHT - need.reduce((a, b) => a + b, 0);
	if (spare < 0) throw new Error(`The timeline slide's names need ${-spare} in more than it has`);
	const rows = need.map((h) => h + spare / YEARS.length);
	const rowTop = (i: number) => BODY.y + HEAD_HEIGHT + rows.slice(0, i).reduce((a, b) => a + b, 0);

	YEARS.forEach((year, i) => {
		const y = rowTop(i);
		slide.addShape(deck.ShapeType.line, { x: BODY.x, y, w: BODY.w, h: 0, line: { color: RULE, width: 1 } });
		slide.addText(String(year), {
			...text,
			x: BODY.x,
			y,
			w: YEARS_WIDTH - GAP,
			h: rows[i],
			fontSize: SIZE.small,
			color: SOFT,
			valign: 'middle'
		});
	});

	content.threats.forEach((threat, t) => {
		const x = BODY.x + YEARS_WIDTH + t * column;
		addSymbol(slide, threat, x + SYMBOL / 2, BODY.y + HEAD_HEIGHT / 2, SYMBOL);
		slide.addText(threat.short, {
			...text,
			x: x + SYMBOL + GAP,
			y: BODY.y,
			w: column - SYMBOL - GAP,
			h: HEAD_HEIGHT,
			fontSize: SIZE.small,
			bold: true,
			color: INK,
			valign: 'middle'
		});
		YEARS.forEach((year, i) => {
			const incidents = cell(threat.id, year);
			const lines = incidents.map(linesOf);
			let y = rowTop(i) + (rows[i] - lines.reduce((a, b) => a + b, 0) * LINE) / 2;
			incidents.forEach((incident, k) => {
				const h = lines[k] * LINE;
				addSymbol(slide, threat, x + SYMBOL / 2, y + h / 2, SYMBOL);
				slide.addText(incident.label, {
					...text,
					x: x + SYMBOL + GAP,
					y,
					w: nameWidth,
					h,
					fontSize: SIZE.small,
					lineSpacingMultiple: 0.95,
					color: INK,
					valign: 'middle',
					// A name on one line stays on it, even where Arial runs a point past the column.
					wrap: lines[k] > 1
				});
				y += h;
			});
		});
	});
}
