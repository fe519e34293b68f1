/**
 * Positions for the incidents timeline, as pure functions of the data and the
 * frame, so the server draws the final state and tests can check the layout.
 * Wide: time runs left to right, one lane per threat. Narrow (phones): time runs
 * top to bottom, lanes are thin columns, labels sit in a column on the right.
 */
import { scalePoint, scaleTime, type ScalePoint, type ScaleTime } from 'd3-scale';
import { FRAMES, roundAll, rounded, textWidth, type Layout, type RoundedScale } from './frame';

export interface TimelineInput {
	id: string;
	label: string;
	category: string;
	year: number;
	month: number | null;
}

export interface LabelPlacement {
	x: number;
	y: number;
	anchor: 'start' | 'end';
	/** A thin line from the mark to its label, where they are apart. */
	leader?: [number, number, number, number];
}

export interface TimelinePoint extends TimelineInput {
	/** Position in time: the middle of the month, or mid-year where only a year is known. */
	time: Date;
	group: string;
	labelAt: LabelPlacement;
}

export interface TimelineLayout {
	layout: Layout;
	points: TimelinePoint[];
	time: RoundedScale<Date>;
	/** Lane centres, one per threat. */
	lanes: RoundedScale<string>;
	years: number[];
	/** Which LayerCake dimension carries time. */
	timeAxis: 'x' | 'y';
}

export function timeOf(year: number, month: number | null): Date {
	return month === null ? new Date(Date.UTC(year, 6, 1)) : new Date(Date.UTC(year, month - 1, 15));
}

/** Greedy label rows: each label takes the first row where it clears the previous one. */
export function assignRows(spans: { start: number; end: number }[], rows: number, gap = 8): number[] {
	const rowEnds = Array<number>(rows).fill(-Infinity);
	return spans.map(({ start, end }) => {
		let row = rowEnds.findIndex((rowEnd) => rowEnd + gap <= start);
		if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds)); // all full: reuse the one that ends first
		rowEnds[row] = end;
		return row;
	});
}

/** Spreads label positions apart by at least `gap`, keeping them inside [min, max]. */
export function dodge(positions: number[], gap: number, min: number, max: number): number[] {
	const order = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
	const placed = order.map(([p]) => p);
	for (let i = 0; i < placed.length; i++)
		placed[i] = Math.max(placed[i], i === 0 ? min : placed[i - 1] + gap);
	const overflow = placed.length ? placed[placed.length - 1] - max : 0;
	if (overflow > 0) {
		placed[placed.length - 1] = max;
		for (let i = placed.length - 2; i >= 0; i--) placed[i] = Math.min(placed[i], placed[i + 1] - gap);
	}
	const result = Array<number>(positions.length);
	order.forEach(([, index], i) => (result[index] = placed[i]));
	return result;
}

/** The layout's positions and scales, rounded. */
const placed = (points: TimelinePoint[], time: ScaleTime<number, number>, lanes: ScalePoint<string>) => ({
	points: roundAll(points),
	time: rounded<Date>(time),
	lanes: rounded<string>(lanes)
});

export function timelineLayout(incidents: TimelineInput[], groups: string[], layout: Layout): TimelineLayout {
	const frame = FRAMES[layout];
	const { width, height, margin, fontSize } = frame;
	const years = Array.from({ length: 7 }, (_, i) => 2012 + i);
	const domain = [new Date(Date.UTC(2012, 0, 1)), new Date(Date.UTC(2019, 0, 1))];
	const base = incidents
		.map((incident) => ({
			...incident,
			time: timeOf(incident.year, incident.month),
			group: incident.category
		}))
		.sort((a, b) => +a.time - +b.time);

	if (layout === 'wide') {
		const time = scaleTime()
			.domain(domain)
			.range([margin.left, width - margin.right]);
		const lanes = scalePoint<string>()
			.domain(groups)
			.range([margin.top, height - margin.bottom])
			.padding(0.5);
		const rowOffsets = [-13, 24, -33, 44];
		const points: TimelinePoint[] = [];
		for (const group of groups) {
			const inLane = base.filter((p) => p.group === group);
			const spans = inLane.map((p) => {
				const w = textWidth(p.label, fontSize);
				const x = time(p.time);
				const fitsRight = x - 6 + w <= width - 4;
				return fitsRight
					? { start: x - 6, end: x - 6 + w, anchor: 'start' as const }
					: { start: x + 6 - w, end: x + 6, anchor: 'end' as const };
			});
			const rows = assignRows(spans, rowOffsets.length);
			inLane.forEach((p, i) => {
				const y = lanes(group)!;
				const x = spans[i].anchor === 'start' ? spans[i].start : spans[i].end;
				points.push({ ...p, labelAt: { x, y: y + rowOffsets[rows[i]], anchor: spans[i].anchor } });
			});
		}
		return { layout, years, timeAxis: 'x', ...placed(points, time, lanes) };
	}

	const laneStart = 44;
	const laneStep = 16;
	const labelX = laneStart + laneStep * groups.length + 12;
	const time = scaleTime()
		.domain(domain)
		.range([margin.top, height - margin.bottom]);
	const lanes = scalePoint<string>()
		.domain(groups)
		.range([laneStart - laneStep / 2, laneStart - laneStep / 2 + laneStep * groups.length])
		.padding(0.5);
	const ys = dodge(
		base.map((p) => time(p.time) + fontSize * 0.35),
		fontSize * 1.2,
		margin.top + fontSize,
		height - margin.bottom
	);
	const points = base.map((p, i) => {
		const markX = lanes(p.group)!;
		const markY = time(p.time);
		return {
			...p,
			labelAt: {
				x: labelX,
				y: ys[i],
				anchor: 'start' as const,
				leader: [markX + 5, markY, labelX - 4, ys[i] - fontSize * 0.35] as [number, number, number, number]
			}
		};
	});
	return { layout, years, timeAxis: 'y', ...placed(points, time, lanes) };
}
