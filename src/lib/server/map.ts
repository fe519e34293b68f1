/**
 * Projects the world map at build time, for each layout's frame, into plain
 * data: SVG path strings for the land and for the countries with incidents,
 * and a point for each of those countries. Only this data reaches the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Content } from '../content/parse.ts';
import {
	COUNTRIES,
	REGIONS,
	countryGroups,
	countryOf,
	layoutPlaces,
	type MapData,
	type MapPanel,
	type MapView,
	type MapZoom,
	type Region,
	zoomsOf
} from '../charts/map.ts';
import { CONTINENTS } from '../content/continents.ts';
import type { Layout } from '../charts/frame.ts';
import type { Rect } from '../charts/text.ts';
import { outlinePath, RingCollector, type OutlineOptions } from '../charts/outline.ts';
import { getContent } from './content.ts';

type Countries = FeatureCollection<Geometry, { name: string }>;
export interface World {
	countries: Countries;
	/** All land but Antarctica, as one shape without borders. */
	land: MultiPolygon;
}

const ANTARCTICA = '010';

export function readWorld(): World {
	const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
	const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	const { countries } = topology.objects;
	return {
		countries: feature(topology, countries) as Countries,
		land: merge(
			topology,
			countries.geometries.filter((g) => g.id !== ANTARCTICA) as Parameters<typeof merge>[1]
		)
	};
}

/** Samples along a lon/lat box's edges, so fitting follows the curved edges of the projected box. */
function boxOutline([[west, south], [east, north]]: [[number, number], [number, number]]) {
	const steps = 12;
	const coordinates: [number, number][] = [];
	for (let i = 0; i <= steps; i++) {
		const lon = west + ((east - west) * i) / steps;
		const lat = south + ((north - south) * i) / steps;
		coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
	}
	return { type: 'MultiPoint' as const, coordinates };
}

function projectionFor(region: Region, land: MultiPolygon): GeoProjection {
	const { x, y, width, height } = region.rect;
	const pad = 8;
	const extent: [[number, number], [number, number]] = [
		[x + pad, y + pad],
		[x + width - pad, y + height - pad]
	];
	return region.bounds
		? geoEqualEarth()
				.rotate([-(region.bounds[0][0] + region.bounds[1][0]) / 2, 0])
				.fitExtent(extent, boxOutline(region.bounds))
		: geoEqualEarth().fitExtent(extent, land);
}

/**
 * What of the projected plane a panel ever shows: its own box and, scaled back, each close-up's
 * view. The land is cut there rather than at the panel's box, so that a close-up near the panel's
 * edge (the phone's Europe, against the Atlantic) finds land beyond it instead of a straight cut;
 * the panel's clip path (Countries.svg.svelte) still keeps it inside the panel.
 */
function shownExtent(rect: Rect, zooms: MapZoom[]): [[number, number], [number, number]] {
	const views = [{ k: 1, x: 0, y: 0 }, ...zooms].map(({ k, x, y }) => [
		(rect.x - x) / k,
		(rect.y - y) / k,
		(rect.x + rect.width - x) / k,
		(rect.y + rect.height - y) / k
	]);
	// Outlines are simplified and rounded after the cut (OUTLINE), which can move a cut edge a unit
	// inwards; two units more keep it out of every view.
	const margin = 2;
	return [
		[Math.min(...views.map((v) => v[0])) - margin, Math.min(...views.map((v) => v[1])) - margin],
		[Math.max(...views.map((v) => v[2])) + margin, Math.max(...views.map((v) => v[3])) + margin]
	];
}

export function buildMap(content: Pick<Content, 'incidents' | 'chartLabels'>, world = readWorld()): MapData {
	const groups = countryGroups(content.incidents);

	const view = (layout: Layout): MapView => {
		const regions = REGIONS[layout].map((region) => ({
			region,
			projection: projectionFor(region, world.land)
		}));
		const points = new Map<string, { x: number; y: number; panel: Rect }>();
		for (const { region, projection } of regions) {
			const { x, y, width, height } = region.rect;
			for (const g of groups) {
				const at = projection(COUNTRIES[g.code].lonLat);
				if (
					at &&
					at[0] >= x &&
					at[0] <= x + width &&
					at[1] >= y &&
					at[1] <= y + height &&
					!points.has(g.code)
				)
					points.set(g.code, { x: at[0], y: at[1], panel: region.rect });
			}
		}
		const places = layoutPlaces(groups, points, content.chartLabels.map.count, layout);
		const zooms = zoomsOf({ panels: regions.map(({ region }) => region), ...places }, CONTINENTS);
		const panels = regions.map(({ region, projection }): MapPanel => {
			// Only now, with the close-ups known, is it known how far the panel's land must reach.
			const shown = shownExtent(
				region.rect,
				zooms.filter((z) => z.panel === region.id)
			);
			const clipped = projection.clipExtent(shown);
			const path = (shape: Parameters<ReturnType<typeof geoPath>>[0]) => {
				const rings = new RingCollector();
				geoPath(clipped, rings)(shape);
				return outlinePath(rings.rings, OUTLINE);
			};
			return {
				id: region.id,
				rect: region.rect,
				land: path(world.land),
				// A country stands out in the panel its mark is in: cut at another panel's far edge, its
				// shape can leave a sliver there.
				highlighted: groups.flatMap((g) => {
					if (points.get(g.code)?.panel !== region.rect) return [];
					const shape = world.countries.features.find((f) => f.id === countryOf(g.code).numeric);
					const d = shape && path(shape);
					return d ? [{ code: g.code, path: d }] : [];
				})
			};
		});
		return { panels, ...places, zooms };
	};
	return { wide: view('wide'), narrow: view('narrow') };
}

/**
 * How finely outlines are drawn: within half a viewBox unit of the atlas, in whole units. A unit
 * is about a CSS pixel in both frames, the wide one on a desktop and the phone's close-ups.
 */
const OUTLINE: OutlineOptions = { tolerance: 0.5, minArea: 2, digits: 0 };

const cached = new Map<string, MapData>();

/** The map of an edition (its labels are in its language), projected once per build. */
export function getMap(lang?: string): MapData {
	const content = getContent(lang);
	if (!cached.has(content.lang)) cached.set(content.lang, buildMap(content));
	return cached.get(content.lang)!;
}
