/**
 * Incidents per threat type, counted from the incidents, as horizontal bars
 * split into one unit per incident. Wide: names with their symbols in a column
 * on the left. Narrow: each name above its bar.
 */
import { scaleLinear } from 'd3-scale';
import type { Threat } from '$lib/content/parse';
import { fill } from '$lib/content/format';
import { FRAMES, roundAll, rounded, type Layout, type RoundedScale } from './frame';
import { blockSetter, line, lineWidth, type Rect, type TextBlock } from './text';
import type { ThreatCount } from './inputs';

export { threatCounts, type ThreatCount } from './inputs';

export interface ThreatBar extends ThreatCount {
	group: string;
	value: number;
	bar: Rect;
	/** Centre of the threat's symbol, beside its name. */
	symbolAt: [number, number];
	name: TextBlock;
	countLabel: TextBlock;
}

export interface ThreatsLayout {
	bars: ThreatBar[];
	scale: RoundedScale<number>;
	/** Symbol radius. */
	r: number;
}

/** `firstCount` words the largest bar's number ("{count} incidents"); the others show the number alone. */
export function threatsLayout(
	counts: ThreatCount[],
	threats: Pick<Threat, 'id' | 'name'>[],
	firstCount: string,
	layout: Layout
): ThreatsLayout {
	const { width, height, margin, fontSize: fs } = FRAMES[layout];
	const nameOf = (id: string) => threats.find((t) => t.id === id)?.name ?? id;
	const countText = (c: ThreatCount, i: number) =>
		i === 0 ? fill(firstCount, { count: c.count }) : String(c.count);
	const labelRoom = Math.max(...counts.map((c, i) => lineWidth(line(countText(c, i), 700), fs))) + 12;
	const max = Math.max(1, ...counts.map((c) => c.count));
	const setBlock = blockSetter(fs);
	const block = (x: number, y: number, anchor: TextBlock['anchor'], text: string, weight: 400 | 700 = 700) =>
		setBlock(x, y, anchor, [line(text, weight)]);

	if (layout === 'wide') {
		const r = 8;
		const nameX = 16 + r * 2 + 10;
		const x0 = nameX + Math.max(...counts.map((c) => lineWidth(line(nameOf(c.id), 700), fs))) + 16;
		const scale = scaleLinear()
			.domain([0, max])
			.range([x0, width - margin.right - labelRoom]);
		const step = (height - margin.top - margin.bottom) / counts.length;
		const barHeight = Math.min(52, step * 0.5);
		const bars = counts.map((c, i): ThreatBar => {
			const y = margin.top + step * (i + 0.5);
			const end = scale(c.count);
			return {
				...c,
				group: c.id,
				value: c.count,
				bar: { x: x0, y: y - barHeight / 2, width: end - x0, height: barHeight },
				symbolAt: [16 + r, y],
				name: block(nameX, y + fs * 0.35, 'start', nameOf(c.id)),
				countLabel: block(end + 10, y + fs * 0.35, 'start', countText(c, i))
			};
		});
		return { bars: roundAll(bars), scale: rounded<number>(scale), r };
	}

	const r = 7;
	const x0 = margin.left;
	const scale = scaleLinear()
		.domain([0, max])
		.range([x0, width - margin.right - labelRoom]);
	const step = (height - margin.top - margin.bottom) / counts.length;
	const barHeight = Math.min(60, step * 0.42);
	const bars = counts.map((c, i): ThreatBar => {
		// The name sits above the bar; the pair is centred in its band.
		const nameY = margin.top + step * (i + 0.5) - (fs * 1.6 + barHeight) / 2 + fs * 0.8;
		const barY = nameY + fs * 0.6;
		const end = scale(c.count);
		return {
			...c,
			group: c.id,
			value: c.count,
			bar: { x: x0, y: barY, width: end - x0, height: barHeight },
			symbolAt: [x0 + r, nameY - fs * 0.35],
			name: block(x0 + r * 2 + 8, nameY, 'start', nameOf(c.id)),
			countLabel: block(end + 10, barY + barHeight / 2 + fs * 0.35, 'start', countText(c, i))
		};
	});
	return { bars: roundAll(bars), scale: rounded<number>(scale), r };
}
