import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { clusterOffsets, countryGroups, countryOf, COUNTRIES, REGIONS } from '$lib/charts/map';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { buildMap, readWorld } from '$lib/server/map';
import { boxOf, expectClear, frameBox, pointBox, rectBox, textOf } from './chart-helpers';
import { inside } from '$lib/charts/text';

const content = parseContent(readContentFiles());
const world = readWorld();
const map = buildMap(content, world);
const groups = countryGroups(content.incidents);

describe('the country table', () => {
	it.each([
		['DE', '276', 'Germany'],
		['IR', '364', 'Iran'],
		['KR', '410', 'South Korea'],
		['TH', '764', 'Thailand'],
		['UA', '804', 'Ukraine'],
		['US', '840', 'United States of America'],
		['VE', '862', 'Venezuela']
	])('%s is %s (%s) in world-atlas, and its point lies inside it', (code, numeric, name) => {
		expect(countryOf(code).numeric).toBe(numeric);
		const shape = world.countries.features.find((f) => f.id === numeric);
		expect(shape?.properties.name).toBe(name);
		expect(geoContains(shape!, COUNTRIES[code].lonLat)).toBe(true);
	});

	it('places Singapore by its point: the 1:110m atlas has no shape for it', () => {
		expect(countryOf('SG').numeric).toBe('702');
		expect(world.countries.features.some((f) => f.id === '702')).toBe(false);
		expect(COUNTRIES.SG.lonLat).toEqual([103.82, 1.35]);
	});

	it('names the missing country when one is not in the table', () =>
		expect(() => countryOf('FR')).toThrow(/"FR".*COUNTRIES/));

	it('covers every country the incidents name', () => {
		for (const i of content.incidents) if (i.country) expect(() => countryOf(i.country!), i.id).not.toThrow();
	});
});

describe('countryGroups', () => {
	it('finds 13 incidents in 8 countries, most first', () => {
		expect(groups.map((g) => [g.code, g.incidents.length])).toEqual([
			['US', 4],
			['IR', 2],
			['UA', 2],
			['DE', 1],
			['SG', 1],
			['KR', 1],
			['TH', 1],
			['VE', 1]
		]);
		expect(groups.flatMap((g) => g.incidents)).toHaveLength(13);
	});

	it('names each country by its incidents’ place', () =>
		expect(groups.find((g) => g.code === 'US')?.name).toBe('United States'));
});

describe('clusterOffsets', () => {
	it.each([
		[1, [[0, 0]]],
		[
			2,
			[
				[-5, 0],
				[5, 0]
			]
		],
		[
			3,
			[
				[-10, 0],
				[0, 0],
				[10, 0]
			]
		],
		[
			4,
			[
				[-5, -5],
				[5, -5],
				[-5, 5],
				[5, 5]
			]
		]
	])('%d symbols', (n, expected) => expect(clusterOffsets(n, 10)).toEqual(expected));
});

/** The box a land path covers, in viewBox units (its rings are "M x y l dx dy … z"). */
function landBox(d: string) {
	const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
	const numbers = (s: string) => (s.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
	for (const ring of d.split('z').filter(Boolean)) {
		const [start, moves = ''] = ring.slice(1).split('l');
		let [x, y] = numbers(start);
		const steps = numbers(moves);
		for (let i = 0; i <= steps.length; i += 2) {
			Object.assign(box, {
				left: Math.min(box.left, x),
				right: Math.max(box.right, x),
				top: Math.min(box.top, y),
				bottom: Math.max(box.bottom, y)
			});
			[x, y] = [x + steps[i], y + steps[i + 1]];
		}
	}
	return box;
}

describe('the close-ups', () => {
	const panel = (id: string) => map.narrow.panels.find((p) => p.id === id)!;

	it('find land beyond their panel’s box where they look past it, not a straight cut', () => {
		// Europe's close-up looks west of the Eurasian panel's edge (the African coast), the
		// Americas' east of its panel's (the Atlantic side).
		const eurasia = panel('eurasia');
		expect(landBox(eurasia.land).left).toBeLessThan(eurasia.rect.x);
		const americas = panel('americas');
		expect(landBox(americas.land).right).toBeGreaterThan(americas.rect.x + americas.rect.width);
	});

	it.each(['wide', 'narrow'] as const)(
		'draw no land (%s) that neither the panel nor a close-up shows',
		(layout) => {
			for (const { id, rect, land } of map[layout].panels) {
				// What the panel's box shows at each close-up, in the unzoomed drawing: a point p is drawn at k·p + (x, y).
				const views = [{ k: 1, x: 0, y: 0 }, ...map[layout].zooms.filter((z) => z.panel === id)].map(
					({ k, x, y }) => ({
						left: (rect.x - x) / k,
						top: (rect.y - y) / k,
						right: (rect.x + rect.width - x) / k,
						bottom: (rect.y + rect.height - y) / k
					})
				);
				const box = landBox(land);
				const slack = 3; // the cut's margin and the outlines' whole units
				expect(box.left, id).toBeGreaterThanOrEqual(Math.min(...views.map((v) => v.left)) - slack);
				expect(box.top, id).toBeGreaterThanOrEqual(Math.min(...views.map((v) => v.top)) - slack);
				expect(box.right, id).toBeLessThanOrEqual(Math.max(...views.map((v) => v.right)) + slack);
				expect(box.bottom, id).toBeLessThanOrEqual(Math.max(...views.map((v) => v.bottom)) + slack);
			}
		}
	);
});

describe.each(['wide', 'narrow'] as const)('the %s map', (layout) => {
	const view = map[layout];

	it('marks all 13 placed incidents, each in its threat', () => {
		expect(view.marks).toHaveLength(13);
		for (const m of view.marks)
			expect(m.group, m.id).toBe(content.incidents.find((i) => i.id === m.id)!.category);
	});

	it('keeps every mark inside its panel, and symbols apart', () => {
		for (const m of view.marks)
			expect(
				REGIONS[layout].some((r) => inside(pointBox(m.x, m.y, view.r), rectBox(r.rect))),
				m.id
			).toBe(true);
		expectClear(
			layout,
			view.marks.map((m) => [m.id, pointBox(m.x, m.y, view.r - 0.5)])
		);
	});

	it('draws the land and the seven countries with a shape', () => {
		for (const panel of view.panels) expect(panel.land).toMatch(/^M/);
		const shapes = view.panels.flatMap((p) => p.highlighted.map((h) => h.code)).sort();
		expect(shapes).toEqual(['DE', 'IR', 'KR', 'TH', 'UA', 'US', 'VE']);
	});

	it('counts each country with more than one incident ("×4")', () => {
		for (const place of view.places.filter((p) => p.count > 1))
			expect(place.label && textOf(place.label), place.id).toContain(`×${place.count}`);
	});

	it('names every country where there is room (every one at wide)', () => {
		const named = view.places.filter((p) => p.label && textOf(p.label).includes(p.name));
		expect(named.length).toBeGreaterThanOrEqual(layout === 'wide' ? 8 : 6);
	});

	it('keeps labels inside the frame, clear of the marks and of one another', () => {
		const labels = view.places
			.filter((p) => p.label)
			.map((p): [string, ReturnType<typeof boxOf>] => [`${p.id} label`, boxOf(p.label!)]);
		expectClear(
			layout,
			[
				...labels,
				...view.marks.map((m): [string, ReturnType<typeof boxOf>] => [m.id, pointBox(m.x, m.y, view.r)])
			],
			// Symbols of one cluster touch by design; only labels against anything are checked here.
			view.marks.flatMap((a) => view.marks.map((b): [string, string] => [a.id, b.id]))
		);
		for (const [, box] of labels) expect(inside(box, frameBox(layout))).toBe(true);
	});

	it('stays light: the projected paths are a small part of the page', () =>
		expect(JSON.stringify(view).length).toBeLessThan(60_000));
});
