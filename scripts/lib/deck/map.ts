/**
 * The incidents map drawn for the slide, as PowerPoint's own shapes: the land
 * and the countries with incidents as freeform outlines, each incident as its
 * threat's symbol, each country named at projector size. The world is
 * projected in points straight into the slide's chart box, so the site's own
 * label placement (`layoutPlaces`) sets the names at its 14.4 pt.
 */
import type pptxgen from 'pptxgenjs';
import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Content } from '../../../src/lib/content/parse.ts';
import { COUNTRIES, countryGroups, countryOf, layoutPlaces } from '../../../src/lib/charts/map.ts';
import { lineWidth, type TextBlock } from '../../../src/lib/charts/text.ts';
import { readWorld } from '../../../src/lib/server/map.ts';
import { addSymbol } from './shapes.ts';
import { BG, BODY, INK, RULE, SOFT, textBase, STAND_IN_FONT_MARGIN } from './style.ts';

/** Points to the inch. */
const PT = 72;
const FRAME = { width: BODY.w * PT, height: BODY.h * PT };

/** The part of the world with incidents, in degrees: the Americas to Korea, with room east for its name. */
const BOUNDS = { west: -128, east: 168, south: -12, north: 64 };

/** Samples along the bounds' edges, which curve once projected. */
function boundsOutline() {
	const { west, east, south, north } = BOUNDS;
	const coordinates: [number, number][] = [];
	for (let i = 0; i <= 12; i++) {
		const lon = west + ((east - west) * i) / 12;
		const lat = south + ((north - south) * i) / 12;
		coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
	}
	return { type: 'MultiPoint' as const, coordinates };
}

/** A shape's outline as rings of points, leaving out points nearer than `step` to the last one kept. */
function ringsOf(projection: GeoProjection, shape: GeoPermissibleObjects, step = 0.8) {
	const rings: [number, number][][] = [];
	geoPath(projection, {
		moveTo: (x, y) => rings.push([[x, y]]),
		lineTo: (x, y) => {
			const ring = rings[rings.length - 1];
			const [px, py] = ring[ring.length - 1];
			if (Math.hypot(x - px, y - py) >= step) ring.push([x, y]);
		},
		closePath: () => {},
		beginPath: () => {},
		arc: () => {}
	})(shape);
	return rings.filter((ring) => ring.length > 2);
}

const isShape = (name: string, names: string[]): name is pptxgen.SHAPE_NAME => names.includes(name);

/**
 * The name of pptxgenjs's freeform shape, which its ShapeType holds at run time ("custGeom", drawn
 * through `points`) and its types leave out: checked here, so a pptxgenjs without it stops the build.
 */
function freeform(deck: pptxgen): pptxgen.SHAPE_NAME {
	const name = 'custGeom';
	if (!isShape(name, Object.values(deck.ShapeType)))
		throw new Error('pptxgenjs has no freeform shape (custGeom)');
	return name;
}

/** A freeform shape through the rings, in points of the chart box. */
function addOutline(
	deck: pptxgen,
	slide: pptxgen.Slide,
	rings: [number, number][][],
	options: pptxgen.ShapeProps
) {
	const xs = rings.flat().map(([x]) => x);
	const ys = rings.flat().map(([, y]) => y);
	const [left, top] = [Math.min(...xs), Math.min(...ys)];
	const points: pptxgen.ShapeProps['points'] = rings.flatMap((ring) => [
		...ring.map(([x, y], i) => ({ x: (x - left) / PT, y: (y - top) / PT, moveTo: i === 0 })),
		{ close: true as const }
	]);
	slide.addShape(freeform(deck), {
		x: BODY.x + left / PT,
		y: BODY.y + top / PT,
		w: (Math.max(...xs) - left) / PT,
		h: (Math.max(...ys) - top) / PT,
		points,
		...options
	});
}

/** A label block at its baseline point as a text box that does not wrap, aligned to its anchor. */
function addLabel(slide: pptxgen.Slide, block: TextBlock, content: Content) {
	const [line] = block.lines;
	const w = (lineWidth(line, block.fontSize) * STAND_IN_FONT_MARGIN + 4) / PT;
	const x = BODY.x + block.x / PT;
	const left = { start: x, middle: x - w / 2, end: x - w }[block.anchor];
	slide.addText(
		line.spans.map((span) => ({ text: span.text, options: { bold: (span.weight ?? 400) >= 600 } })),
		{
			...textBase(content),
			x: left,
			y: BODY.y + (block.y - block.fontSize * 0.95) / PT,
			w,
			h: block.lineHeight / PT,
			fontSize: block.fontSize,
			color: INK,
			align: ({ start: 'left', middle: 'center', end: 'right' } as const)[block.anchor],
			valign: 'top',
			wrap: false
		}
	);
}

export function mapChart(deck: pptxgen, slide: pptxgen.Slide, content: Content) {
	const world = readWorld();
	const pad = 4;
	const projection = geoEqualEarth()
		.rotate([-(BOUNDS.west + BOUNDS.east) / 2, 0])
		.fitExtent(
			[
				[pad, pad],
				[FRAME.width - pad, FRAME.height - pad]
			],
			boundsOutline()
		)
		.clipExtent([
			[0, 0],
			[FRAME.width, FRAME.height]
		]);
	addOutline(deck, slide, ringsOf(projection, world.land), {
		fill: { color: RULE, transparency: 40 },
		line: { type: 'none' }
	});
	const groups = countryGroups(content.incidents);
	for (const group of groups) {
		const shape = world.countries.features.find((f) => f.id === countryOf(group.code).numeric);
		const rings = shape ? ringsOf(projection, shape) : [];
		if (rings.length)
			addOutline(deck, slide, rings, {
				fill: { color: SOFT, transparency: 55 },
				line: { color: BG, width: 0.75 }
			});
	}

	const panel = { x: 0, y: 0, ...FRAME };
	const points = new Map(
		groups.flatMap((group) => {
			const at = projection(COUNTRIES[group.code].lonLat);
			return at ? [[group.code, { x: at[0], y: at[1], panel }] as const] : [];
		})
	);
	const { marks, places, r } = layoutPlaces(groups, points, content.chartLabels.map.count, 'wide');
	for (const mark of marks)
		addSymbol(
			slide,
			content.threats.find((t) => t.id === mark.group)!,
			BODY.x + mark.x / PT,
			BODY.y + mark.y / PT,
			(2 * r) / PT
		);
	for (const place of places) {
		if (!place.label) throw new Error(`The map slide has no room for ${place.name}'s label`);
		addLabel(slide, place.label, content);
	}
}
