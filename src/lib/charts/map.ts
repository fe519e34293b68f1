/**
 * The incidents map as plain data. The server projects the world and the
 * countries (src/lib/server/map.ts) and hands the page SVG path strings and
 * points; this module holds what needs no projection: which countries, where
 * to put a mark for each, how to cluster several incidents in one country, and
 * where their labels go. The browser never loads d3-geo or the atlas.
 */
import type { Incident } from '$lib/content/parse';
import { fill } from '../content/format';
import { compareDates, compareNames } from '../content/order';
import { FRAMES, roundAll, type Layout } from './frame';
import { blockBox, inside, placeBlocks, type Box, type Rect, type Span, type TextBlock } from './text';

/**
 * The countries the incidents name: ISO 3166-1 numeric id as world-atlas uses
 * it, and where to put the mark (lon, lat), inside the country's main territory
 * (a centroid would put the United States in Canada because of Alaska).
 * Singapore is too small for the 1:110m atlas and is placed by this point alone.
 */
export const COUNTRIES: Record<string, { numeric: string; lonLat: [number, number] }> = {
	DE: { numeric: '276', lonLat: [10.4, 51.1] },
	IR: { numeric: '364', lonLat: [54.3, 32.5] },
	KR: { numeric: '410', lonLat: [127.9, 36.4] },
	SG: { numeric: '702', lonLat: [103.82, 1.35] },
	TH: { numeric: '764', lonLat: [101.0, 15.6] },
	UA: { numeric: '804', lonLat: [31.4, 49.0] },
	US: { numeric: '840', lonLat: [-98.6, 39.8] },
	VE: { numeric: '862', lonLat: [-66.2, 7.1] }
};

export function countryOf(alpha2: string) {
	const country = COUNTRIES[alpha2];
	if (!country)
		throw new Error(`No map position for country "${alpha2}": add it to COUNTRIES in src/lib/charts/map.ts`);
	return country;
}

/** A view of the map: wide shows the world; a phone gets two close-ups stacked. */
export interface Region {
	id: string;
	rect: Rect;
	/** The lon/lat box to fit into the rectangle ([west, south], [east, north]); none for the whole world. */
	bounds?: [[number, number], [number, number]];
}

/** The phone's upper panel: the Americas are wider than tall; Europe and Asia take the rest. */
const AMERICAS_HEIGHT = Math.round(FRAMES.narrow.height * 0.4);

export const REGIONS: Record<Layout, Region[]> = {
	wide: [{ id: 'world', rect: { x: 0, y: 0, width: FRAMES.wide.width, height: FRAMES.wide.height } }],
	narrow: [
		{
			id: 'americas',
			rect: { x: 0, y: 0, width: FRAMES.narrow.width, height: AMERICAS_HEIGHT },
			bounds: [
				[-124, 2],
				[-60, 50]
			]
		},
		{
			id: 'eurasia',
			rect: {
				x: 0,
				y: AMERICAS_HEIGHT + 12,
				width: FRAMES.narrow.width,
				height: FRAMES.narrow.height - AMERICAS_HEIGHT - 12
			},
			bounds: [
				[-6, -4],
				[136, 58]
			]
		}
	]
};

export interface MapPanel {
	id: string;
	rect: Rect;
	/** Every other country, as one path. */
	land: string;
	/** The countries with an incident. */
	highlighted: { code: string; path: string }[];
}

export interface MapMark {
	/** The incident's id. */
	id: string;
	/** Its country's alpha-2 code. */
	country: string;
	group: string;
	year: number;
	x: number;
	y: number;
}

export interface MapPlace {
	/** The country's alpha-2 code. */
	id: string;
	name: string;
	count: number;
	x: number;
	y: number;
	label?: TextBlock;
}

/**
 * A close-up of one continent's countries at a scroll step: its panel's land scaled by `k` and
 * moved by `x`, `y` (a point p goes to k·p + (x, y)), in viewBox units.
 */
export interface MapZoom {
	id: string;
	panel: string;
	k: number;
	x: number;
	y: number;
}

export interface MapView {
	panels: MapPanel[];
	marks: MapMark[];
	places: MapPlace[];
	/** Symbol radius. */
	r: number;
	/** The continents' close-ups, by continent id (CONTINENTS in $lib/content/continents). */
	zooms: MapZoom[];
}

export type MapData = Record<Layout, MapView>;

export interface CountryGroup {
	code: string;
	name: string;
	incidents: { id: string; group: string; year: number }[];
}

/** Incidents by country, most first, each country's in date order. The name is the incidents' place. */
export function countryGroups(
	incidents: Pick<Incident, 'id' | 'country' | 'place' | 'category' | 'year' | 'date'>[]
) {
	const groups = new Map<string, CountryGroup>();
	const dated = [...incidents].sort((a, b) => compareDates(a.date, b.date));
	for (const incident of dated) {
		if (!incident.country) continue;
		const group = groups.get(incident.country) ?? {
			code: incident.country,
			name: incident.place,
			incidents: []
		};
		group.incidents.push({ id: incident.id, group: incident.category, year: incident.year });
		groups.set(incident.country, group);
	}
	return [...groups.values()].sort(
		(a, b) => b.incidents.length - a.incidents.length || compareNames(a.name, b.name)
	);
}

/** Offsets for n symbols around a point: a row for up to three, a square grid beyond. */
export function clusterOffsets(n: number, spacing: number): [number, number][] {
	const cols = n <= 3 ? n : Math.ceil(Math.sqrt(n));
	const rows = Math.ceil(n / cols);
	return Array.from({ length: n }, (_, i) => {
		const col = i % cols;
		const row = Math.floor(i / cols);
		return [(col - (cols - 1) / 2) * spacing, (row - (rows - 1) / 2) * spacing];
	});
}

/** Name and count ("United States ×4"), or the count alone where the name does not fit. */
function labelOptions(
	place: Pick<MapPlace, 'name' | 'count' | 'x'>,
	around: Box,
	countWords: string,
	fs: number
): TextBlock[] {
	const count: Span[] =
		place.count > 1 ? [{ text: fill(countWords, { count: place.count }), weight: 700 }] : [];
	const texts: Span[][] = [
		[{ text: place.name, weight: 600 }, ...count.map((s) => ({ ...s, text: ` ${s.text}` }))],
		...(count.length ? [count] : [])
	];
	const cy = (around.top + around.bottom) / 2;
	return texts.flatMap((spans) =>
		(
			[
				[around.right + 5, cy + fs * 0.35, 'start'],
				[around.left - 5, cy + fs * 0.35, 'end'],
				[place.x, around.top - 5, 'middle'],
				[place.x, around.bottom + fs * 0.85, 'middle']
			] as const
		).map(([x, y, anchor]) => ({ x, y, anchor, lines: [{ spans }], fontSize: fs, lineHeight: fs * 1.2 }))
	);
}

/**
 * Marks and labels for the projected countries: each country's incidents
 * clustered around its point, and a label placed where it clears every mark
 * and every other label inside its panel.
 */
export function layoutPlaces(
	groups: CountryGroup[],
	points: Map<string, { x: number; y: number; panel: Rect }>,
	countWords: string,
	layout: Layout
): Omit<MapView, 'panels' | 'zooms'> {
	const fs = FRAMES[layout].fontSize * 0.9;
	const r = layout === 'wide' ? 6.5 : 6;
	const spacing = r * 2 + 3;
	const placed = groups.filter((g) => points.has(g.code));
	const marks = placed.flatMap((g) => {
		const { x, y } = points.get(g.code)!;
		const offsets = clusterOffsets(g.incidents.length, spacing);
		return g.incidents.map((incident, i) => ({
			...incident,
			country: g.code,
			x: x + offsets[i][0],
			y: y + offsets[i][1]
		}));
	});
	const boxOf = (g: CountryGroup): Box => {
		const mine = marks.filter((m) => g.incidents.some((i) => i.id === m.id));
		return {
			left: Math.min(...mine.map((m) => m.x)) - r,
			right: Math.max(...mine.map((m) => m.x)) + r,
			top: Math.min(...mine.map((m) => m.y)) - r,
			bottom: Math.max(...mine.map((m) => m.y)) + r
		};
	};
	const obstacles = placed.map(boxOf);
	// A label must stay inside its own panel, and clear of every mark and of the labels placed before it.
	const options = placed.map((g, i) => {
		const { x, y, panel } = points.get(g.code)!;
		const bounds = {
			left: panel.x + 4,
			right: panel.x + panel.width - 4,
			top: panel.y + 4,
			bottom: panel.y + panel.height - 4
		};
		const place = { id: g.code, name: g.name, count: g.incidents.length, x, y };
		return labelOptions(place, obstacles[i], countWords, fs).filter((b) => inside(blockBox(b), bounds));
	});
	const { width, height } = FRAMES[layout];
	const labels = placeBlocks(options, obstacles, { left: 0, right: width, top: 0, bottom: height });
	const places = placed.map((g, i): MapPlace => {
		const { x, y } = points.get(g.code)!;
		return { id: g.code, name: g.name, count: g.incidents.length, x, y, label: labels[i] };
	});
	return roundAll({ marks, places, r });
}

/** A close-up is at most this many times the panel's scale: the 1:110m outlines stay smooth. */
const MAX_ZOOM = 3;
/** Room kept around a close-up's marks and labels, in viewBox units. */
const ZOOM_MARGIN = 16;

const boxOfRect = (r: Rect): Box => ({ left: r.x, right: r.x + r.width, top: r.y, bottom: r.y + r.height });
const within = (box: Box, x: number, y: number) =>
	x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;

/**
 * Each continent's close-up: the box around its countries' marks and labels, as large as its
 * panel allows (up to MAX_ZOOM) and centred in it. The labels keep their size when the land is
 * scaled, so counting them at their unscaled size leaves them room.
 */
export function zoomsOf(
	view: Pick<MapView, 'marks' | 'places' | 'r'> & { panels: Pick<MapPanel, 'id' | 'rect'>[] },
	continents: Record<string, string[]>
): MapZoom[] {
	return Object.entries(continents).flatMap(([id, countries]) => {
		const places = view.places.filter((p) => countries.includes(p.id));
		if (!places.length) return [];
		const panels = new Set(
			places.map((p) => view.panels.find((panel) => within(boxOfRect(panel.rect), p.x, p.y))!.id)
		);
		if (panels.size > 1)
			throw new Error(`The map's close-up of ${id} spans two panels: give it countries from one`);
		const panel = view.panels.find((p) => panels.has(p.id))!;
		const boxes = [
			...view.marks
				.filter((m) => countries.includes(m.country))
				.map((m) => ({ left: m.x - view.r, right: m.x + view.r, top: m.y - view.r, bottom: m.y + view.r })),
			...places.flatMap((p) => (p.label ? [blockBox(p.label)] : []))
		];
		const box = {
			left: Math.min(...boxes.map((b) => b.left)) - ZOOM_MARGIN,
			right: Math.max(...boxes.map((b) => b.right)) + ZOOM_MARGIN,
			top: Math.min(...boxes.map((b) => b.top)) - ZOOM_MARGIN,
			bottom: Math.max(...boxes.map((b) => b.bottom)) + ZOOM_MARGIN
		};
		const { x, y, width, height } = panel.rect;
		const fit = Math.min(MAX_ZOOM, width / (box.right - box.left), height / (box.bottom - box.top));
		const k = Math.floor(fit * 100) / 100;
		return roundAll([
			{
				id,
				panel: panel.id,
				k,
				x: x + width / 2 - (k * (box.left + box.right)) / 2,
				y: y + height / 2 - (k * (box.top + box.bottom)) / 2
			}
		]);
	});
}
