/**
 * The reach of the espionage campaigns counted in companies, countries and
 * industries, as small multiples: one panel per measure, each with its own
 * scale from zero (the measures count different things), two bars per panel.
 * Wide: panels side by side, campaign names on the left. Narrow: panels
 * stacked, each bar named above it.
 */
import type { Incident } from '$lib/content/parse';
import type { Measure, Story } from '$lib/content/schema';
import { FRAMES, roundAll, type Layout, type Segment } from './frame';
import { blockSetter, line, lineWidth, type Rect, type TextBlock } from './text';

export const ESPIONAGE_MEASURES = [
	'companies',
	'countries',
	'industries'
] as const satisfies readonly Measure[];
type EspionageMeasure = (typeof ESPIONAGE_MEASURES)[number];

export interface Campaign {
	id: string;
	label: string;
	year: number;
	values: Record<EspionageMeasure, number>;
}

export interface EspionageBar {
	/** Unique per bar: `<campaign>-<measure>`. */
	id: string;
	campaign: string;
	measure: EspionageMeasure;
	group: 'espionage';
	year: number;
	value: number;
	bar: Rect;
	valueLabel: TextBlock;
	/** The campaign's name above the bar (narrow only). */
	name?: TextBlock;
}

export interface EspionagePanel {
	id: EspionageMeasure;
	title: TextBlock;
	/** The panel's zero line. */
	baseline: Segment;
}

export interface EspionageLayout {
	bars: EspionageBar[];
	panels: EspionagePanel[];
	/** Campaign names in the left column (wide only), one per campaign. */
	names: { id: string; block: TextBlock }[];
}

/** Campaigns that have all three counts, in the content's order. */
export function campaigns(incidents: Incident[]): Campaign[] {
	return incidents.flatMap((i) => {
		const values = Object.fromEntries(
			ESPIONAGE_MEASURES.map((m) => [m, i.figures.find((f) => f.measure === m)?.value])
		);
		if (ESPIONAGE_MEASURES.some((m) => values[m] === undefined)) return [];
		return [{ id: i.id, label: i.label, year: i.year, values: values as Campaign['values'] }];
	});
}

/** "major industries" → "Major industries", for a panel heading. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function espionageLayout(
	list: Campaign[],
	measures: Story['measures'],
	layout: Layout
): EspionageLayout {
	const { width, height, margin, fontSize: fs } = FRAMES[layout];
	const block = blockSetter(fs);
	const titleBlock = blockSetter(fs * 1.1);
	// The same room for numbers in every panel, so that full-length bars line up.
	const valueRoom =
		Math.max(
			...list.flatMap((c) => ESPIONAGE_MEASURES.map((m) => lineWidth(line(String(c.values[m]), 700), fs)))
		) + 10;
	const max = (m: EspionageMeasure) => Math.max(...list.map((c) => c.values[m]));
	/** One campaign's bar in one panel, with its value at the bar's end. */
	const barOf = (
		c: Campaign,
		m: EspionageMeasure,
		x0: number,
		y: number,
		length: number,
		barHeight: number
	): EspionageBar => {
		const w = (c.values[m] / max(m)) * length;
		return {
			id: `${c.id}-${m}`,
			campaign: c.id,
			measure: m,
			group: 'espionage',
			year: c.year,
			value: c.values[m],
			bar: { x: x0, y, width: w, height: barHeight },
			valueLabel: block(x0 + w + 8, y + barHeight / 2 + fs * 0.4, 'start', [line(String(c.values[m]), 700)])
		};
	};
	const bars: EspionageBar[] = [];
	const panels: EspionagePanel[] = [];

	if (layout === 'wide') {
		const nameWidth = Math.max(...list.map((c) => lineWidth(line(c.label, 600), fs)));
		const left = 16 + nameWidth + 28;
		const gutter = 36;
		const panelWidth = (width - margin.right - left - gutter * (ESPIONAGE_MEASURES.length - 1)) / 3;
		const barHeight = 56;
		const rowStep = 132;
		const titleY = height / 2 - rowStep * (list.length / 2) - 8;
		const rowY = (i: number) => titleY + 28 + rowStep * i + (rowStep - barHeight) / 2;
		ESPIONAGE_MEASURES.forEach((m, p) => {
			const x0 = left + p * (panelWidth + gutter);
			const length = panelWidth - valueRoom;
			panels.push({
				id: m,
				title: titleBlock(x0, titleY, 'start', [line(capitalise(measures[m]), 700)]),
				baseline: { x1: x0, y1: titleY + 12, x2: x0, y2: rowY(list.length - 1) + barHeight + 16 }
			});
			list.forEach((c, i) => {
				bars.push(barOf(c, m, x0, rowY(i), length, barHeight));
			});
		});
		const names = list.map((c, i) => ({
			id: c.id,
			block: block(16, rowY(i) + barHeight / 2 - fs * 0.25, 'start', [
				line(c.label, 600),
				line(String(c.year), 400, 'soft')
			])
		}));
		return roundAll({ bars, panels, names });
	}

	const x0 = margin.left;
	// The bars as thick as the three panels leave room for (at most 32), with 12 between panels.
	const titleHeight = fs * 1.1 * 1.6;
	const panelRoom = (height - margin.top - margin.bottom - 24) / ESPIONAGE_MEASURES.length;
	const barHeight = Math.min(32, (panelRoom - titleHeight) / list.length - fs * 1.4 - 8);
	const rowStep = fs * 1.4 + barHeight + 8;
	const panelHeight = titleHeight + rowStep * list.length;
	const gap = (height - margin.top - margin.bottom - panelHeight * ESPIONAGE_MEASURES.length) / 2;
	ESPIONAGE_MEASURES.forEach((m, p) => {
		const top = margin.top + p * (panelHeight + gap);
		const titleY = top + fs * 1.1;
		const length = width - margin.right - x0 - valueRoom;
		const rowTop = (i: number) => titleY + fs * 0.9 + rowStep * i;
		panels.push({
			id: m,
			title: titleBlock(x0, titleY, 'start', [line(capitalise(measures[m]), 700)]),
			baseline: {
				x1: x0,
				y1: rowTop(0) + fs * 1.4 - 4,
				x2: x0,
				y2: rowTop(list.length - 1) + fs * 1.4 + barHeight + 4
			}
		});
		list.forEach((c, i) => {
			const y = rowTop(i) + fs * 1.4;
			bars.push({
				...barOf(c, m, x0, y, length, barHeight),
				name: block(x0, y - 6, 'start', [
					{
						spans: [
							{ text: c.label, weight: 600 },
							{ text: ` ${c.year}`, tone: 'soft' }
						]
					}
				])
			});
		});
	});
	return roundAll({ bars, panels, names: [] });
}
