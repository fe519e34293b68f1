import { describe, expect, it } from 'vitest';
import { contrastRatio } from '$lib/content/contrast';
import { createPalette } from '$lib/charts/palette';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { THEMES, iconHref } from '$lib/styles/theme';

const threats = parseContent(readContentFiles()).threats;

/** Where each shade of a threat colour is drawn: its theme's page and soft backgrounds. */
const BACKGROUNDS = (['light', 'dark'] as const).flatMap((theme) => [
	{ theme, name: 'page', hex: createPalette(threats, theme).background },
	{ theme, name: 'soft', hex: THEMES[theme].bgSoft }
]);

describe('contrastRatio (WCAG 2)', () => {
	it.each([
		['#000', '#fff', 21],
		['#ffffff', '#000000', 21],
		['#fff', '#ffffff', 1],
		['#767676', '#ffffff', 4.54],
		['#777777', '#ffffff', 4.48],
		['#949494', '#ffffff', 3.03],
		['#ff0000', '#ffffff', 4],
		['#0000ff', '#000000', 2.44]
	])('%s against %s is %d:1', (a, b, ratio) => {
		expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
		expect(contrastRatio(b, a)).toBe(contrastRatio(a, b));
	});

	it('refuses what is not a colour', () => expect(() => contrastRatio('blue', '#fff')).toThrow(/"blue"/));
});

describe('threat colours (content/threats.yaml) stand out from what they are drawn on', () => {
	it('has the four threats to check', () => expect(threats).toHaveLength(4));

	const cases = threats.flatMap((threat) =>
		BACKGROUNDS.map((bg) => [threat.id, bg.theme, threat.colour[bg.theme], bg.name, bg.hex] as const)
	);
	it.each(cases)(
		'%s, %s shade %s, against the %s background %s: at least 3:1',
		(_id, _theme, colour, _name, bg) => expect(contrastRatio(colour, bg)).toBeGreaterThanOrEqual(3)
	);
});

describe('faded text at a scroll step (--ink-faded) stays readable', () => {
	it.each(['light', 'dark'] as const)('%s: at least 4.5:1 on the page and the soft background', (theme) => {
		const { inkFaded, bg, bgSoft, inkSoft } = THEMES[theme];
		expect(contrastRatio(inkFaded, bg)).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio(inkFaded, bgSoft)).toBeGreaterThanOrEqual(4.5);
		// …and is visibly lighter than the soft ink it stands back from.
		expect(contrastRatio(inkFaded, bg)).toBeLessThan(contrastRatio(inkSoft, bg) - 1);
	});
});

describe('the site icon', () => {
	const svg = decodeURIComponent(iconHref(threats).replace(/^data:image\/svg\+xml,/, ''));
	const fills = [...svg.matchAll(/(?:fill|stroke)='(#[0-9a-fA-F]{6})'/g)].map((m) => m[1]);
	const [ground, ...marks] = fills;

	it('draws its marks in the dark shades of the conflict and breach colours', () => {
		const dark = (id: string) => threats.find((t) => t.id === id)!.colour.dark;
		expect(marks).toEqual([dark('conflict'), dark('breach')]);
	});

	it('marks stand out from the ground by 3:1 or more', () => {
		for (const mark of marks) expect(contrastRatio(mark, ground), mark).toBeGreaterThanOrEqual(3);
	});
});
