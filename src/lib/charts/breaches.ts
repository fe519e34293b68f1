/**
 * The four breaches on a logarithmic scale, so that 1.5 million and 3 billion
 * are both visible and each gridline is ten times the one before. Wide: one row
 * per breach, the scale left to right. Narrow: the scale runs bottom to top and
 * each dot is labelled beside it.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { formatCompact } from '$lib/content/format';
import { FRAMES, roundAll, rounded, type Layout, type RoundedScale } from './frame';
import type { BreachInput } from './inputs';
import { dodge } from './timeline';
import { blockSetter, line, lineWidth, wrapText, type TextBlock } from './text';

export { breachInputs, type BreachInput } from './inputs';

export interface BreachPoint extends BreachInput {
	group: 'breach';
	/** Where the dot sits. */
	x: number;
	y: number;
	name: TextBlock;
	valueLabel?: TextBlock;
}

export interface BreachesLayout {
	points: BreachPoint[];
	scale: RoundedScale<number>;
	valueAxis: 'x' | 'y';
	/** Gridlines with their labels. */
	ticks: { id: string; value: number; label: TextBlock }[];
	/** The span of the gridlines across the value axis. */
	across: [number, number];
	note: TextBlock;
	/** Dot radius. */
	r: number;
}

export const DOMAIN: [number, number] = [1e6, 1e10];

/** The scale a layout draws with: logarithmic (the chart), or linear, from zero to the largest
 * breach (the scroller's first steps, which show why the chart is logarithmic). */
export type ValueScale = 'log' | 'linear';

const valueScale = (kind: ValueScale, breaches: BreachInput[], range: [number, number]) =>
	kind === 'log'
		? scaleLog().domain(DOMAIN).range(range)
		: scaleLinear()
				.domain([0, Math.max(...breaches.map((b) => b.value))])
				.range(range);

/** Powers of ten across the domain: 1 m, 10 m, 100 m, 1 bn, 10 bn. */
export function decades([from, to]: [number, number]): number[] {
	const out: number[] = [];
	for (let v = from; v <= to * 1.0001; v *= 10) out.push(Math.round(v));
	return out;
}

export function breachesLayout(
	breaches: BreachInput[],
	axisNote: string,
	layout: Layout,
	kind: ValueScale = 'log',
	/** The edition's language, for the tick labels' number forms. */
	lang = 'en'
): BreachesLayout {
	const { width, height, margin, fontSize: fs } = FRAMES[layout];
	const block = blockSetter(fs);

	const tickLabels = (at: (value: number) => TextBlock) =>
		decades(DOMAIN).map((value) => ({ id: String(value), value, label: at(value) }));
	const tickText = (value: number) => [line(formatCompact(value, lang), 400, 'soft')];
	const small = (b: TextBlock): TextBlock => ({ ...b, fontSize: fs * 0.9, lineHeight: fs * 1.1 });

	if (layout === 'wide') {
		const r = 9;
		const nameWidth = Math.max(...breaches.map((b) => lineWidth(line(b.label, 600), fs)));
		const x0 = 16 + nameWidth + 32;
		const scale = valueScale(kind, breaches, [x0, width - margin.right - 8]);
		const top = margin.top + 8;
		const bottom = height - 64;
		const step = (bottom - top) / breaches.length;
		const points = breaches.map((b, i): BreachPoint => {
			const x = scale(b.value);
			const y = top + step * (i + 0.5);
			const text = [line(b.valueText)];
			const fitsRight = x + r + 8 + lineWidth(text[0], fs) <= width - 8;
			return {
				...b,
				group: 'breach',
				x,
				y,
				name: block(x0 - 20, y + fs * 0.35, 'end', [line(b.label, 600)]),
				valueLabel: block(fitsRight ? x + r + 8 : x - r - 8, y + fs * 0.35, fitsRight ? 'start' : 'end', text)
			};
		});
		return {
			...roundAll({
				points,
				ticks: tickLabels((v) => small(block(scale(v), bottom + fs * 1.4, 'middle', tickText(v))))
			}),
			scale: rounded<number>(scale),
			valueAxis: 'x',
			across: roundAll([top, bottom]),
			note: roundAll(block(x0, bottom + fs * 2.9, 'start', [line(axisNote, 400, 'soft')])),
			r
		};
	}

	const r = 7;
	const noteLines = wrapText(axisNote, width - margin.left - margin.right, fs);
	const lh = fs * 1.25;
	const bottom = height - margin.bottom - lh * noteLines.length - 8;
	const top = margin.top + fs + 8;
	const scale = valueScale(kind, breaches, [bottom, top]);
	const dotX = margin.left + 64;
	const labelX = dotX + r + 10;
	// Each label is two lines, the name and the number, centred on its dot where room allows.
	const labelYs = dodge(
		breaches.map((b) => scale(b.value) - lh * 0.5 + fs * 0.35),
		lh * 2 + 6,
		top + fs,
		bottom - lh - fs * 0.3
	);
	const points = breaches.map((b, i): BreachPoint => ({
		...b,
		group: 'breach',
		x: dotX,
		y: scale(b.value),
		name: block(labelX, labelYs[i], 'start', [line(b.label, 600), line(b.valueText)])
	}));
	return {
		...roundAll({
			points,
			ticks: tickLabels((v) => small(block(margin.left, scale(v) - 5, 'start', tickText(v))))
		}),
		scale: rounded<number>(scale),
		valueAxis: 'y',
		across: [margin.left, width - margin.right],
		note: roundAll(
			block(
				margin.left,
				height - margin.bottom - lh * (noteLines.length - 1) + fs * 0.6,
				'start',
				noteLines.map((t) => line(t, 400, 'soft'))
			)
		),
		r
	};
}
