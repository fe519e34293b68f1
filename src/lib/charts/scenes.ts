/**
 * What each scrolling chart looks like at each of its steps (content/steps.yaml),
 * mark by mark: the states $lib/charts/steps writes into the markup. A mark is
 * named by a key its component uses too: the datum's id, or the id with what
 * the mark is (`yahoo:value`, `tick:1000000`). Positions come from the chart's
 * own layout, worked out again for the step where it differs (the breaches on
 * a linear scale), so a moved mark lands exactly where that layout puts it.
 */
import type { ChartStep } from '$lib/content/parse';
import type { Layout } from './frame';
import type { TextBlock } from './text';
import { breachesLayout, decades, DOMAIN, type BreachInput } from './breaches';
import type { EspionageLayout } from './espionage';
import type { MapView } from './map';
import { CONTINENTS, UNPLACED } from '../content/continents';
import {
	markKey,
	mergeStates,
	shiftBetween,
	statesOf,
	type MarkKey,
	type MarkState,
	type StepStates
} from './steps';

type Mark = { id: string; group: string; year?: number };

/** The timeline: years revealed, a threat highlighted, one incident brought forward. */
export function timelineStates(marks: Mark[], steps: ChartStep[]): StepStates {
	return statesOf(
		'timeline',
		marks,
		(m) => markKey(m.id),
		steps,
		(mark, step): MarkState => {
			if (typeof step.through === 'number' && (mark.year ?? 0) > step.through) return { hidden: true };
			if (step.focus) return mark.id === step.focus ? { bold: true } : { faded: true };
			if (step.highlight) return mark.group === step.highlight ? {} : { faded: true };
			return {};
		}
	);
}

/** The threats' bars, one brought forward at a time. */
export function threatsStates(marks: Mark[], steps: ChartStep[]): StepStates {
	return statesOf(
		'threats',
		marks,
		(m) => markKey(m.id),
		steps,
		(mark, step) => (step.highlight && mark.group !== step.highlight ? { faded: true } : {})
	);
}

/** The toolbox climbed rung by rung (the rungs above not drawn yet), then one rung brought forward.
 * The ladder's own rungs (`rung:<id>`) only appear; their words fade and turn bold. */
export function toolboxStates(rungs: { id: string }[], steps: ChartStep[]): StepStates {
	const order = rungs.map((r) => r.id);
	const above = (id: string, step: ChartStep) =>
		typeof step.through === 'string' && order.indexOf(id) > order.indexOf(step.through);
	return mergeStates(
		statesOf(
			'toolbox',
			rungs,
			(r) => markKey(r.id),
			steps,
			(rung, step): MarkState => {
				if (above(rung.id, step)) return { hidden: true };
				if (step.through === rung.id || step.focus === rung.id) return { bold: true };
				return step.focus ? { faded: true } : {};
			}
		),
		statesOf(
			'toolbox',
			rungs,
			(r) => markKey(r.id, 'rung'),
			steps,
			(rung, step) => (above(rung.id, step) ? { hidden: true } : {})
		)
	);
}

const blockAt = (b: TextBlock): [number, number] => [b.x, b.y];

/**
 * The breaches first on a linear scale, then on the chart's logarithmic one: dots, labels and
 * gridlines move between the two layouts. On the linear scale the gridlines beyond the largest
 * breach, the labels that would pile up at zero and the log scale's note are not drawn.
 */
export function breachesStates(
	breaches: BreachInput[],
	axisNote: string,
	layout: Layout,
	steps: ChartStep[],
	lang = 'en'
): StepStates {
	const log = breachesLayout(breaches, axisNote, layout, 'log', lang);
	const linear = breachesLayout(breaches, axisNote, layout, 'linear', lang);
	const max = Math.max(...breaches.map((b) => b.value));
	const axis = log.valueAxis === 'x' ? 0 : 1;
	const along = (offset: number): [number, number] => (axis === 0 ? [offset, 0] : [0, offset]);
	const onLinear = (step: ChartStep) => step.scale === 'linear';
	const lookOf = (id: string, step: ChartStep): MarkState =>
		step.focus && step.focus !== id ? { faded: true } : {};

	const points = new Map(linear.points.map((p) => [p.id, p]));
	const marks: { key: MarkKey; at: (step: ChartStep) => MarkState }[] = log.points.flatMap((p) => {
		const lin = points.get(p.id)!;
		const dot = shiftBetween([lin.x, lin.y], [p.x, p.y]);
		const name = shiftBetween(blockAt(lin.name), blockAt(p.name));
		// A value label that changes sides of its dot cannot slide there: it waits for the log scale.
		const sameSide = p.valueLabel?.anchor === lin.valueLabel?.anchor;
		const value =
			p.valueLabel && lin.valueLabel && shiftBetween(blockAt(lin.valueLabel), blockAt(p.valueLabel));
		return [
			{ key: markKey(p.id), at: (s) => ({ ...lookOf(p.id, s), ...(onLinear(s) ? { shift: dot } : {}) }) },
			{
				key: markKey(p.id, 'name'),
				at: (s) => ({ ...lookOf(p.id, s), ...(onLinear(s) ? { shift: name } : {}) })
			},
			{
				key: markKey(p.id, 'value'),
				at: (s) => ({
					...lookOf(p.id, s),
					...(onLinear(s) ? (sameSide ? { shift: value } : { hidden: true }) : {})
				})
			}
		];
	});
	// The gridlines: every power of ten and the fainter 2–9 × between them.
	const lines = decades(DOMAIN).flatMap((v, i, all) => [
		{ value: v, key: markKey(v, 'tick') },
		...(i < all.length - 1
			? [2, 3, 4, 5, 6, 7, 8, 9].map((m) => ({ value: v * m, key: markKey(v * m, 'minor') }))
			: [])
	]);
	for (const { value, key } of lines) {
		const moved = shiftBetween(along(linear.scale(value)), along(log.scale(value)));
		marks.push({ key, at: (s) => (onLinear(s) ? (value > max ? { hidden: true } : { shift: moved }) : {}) });
	}
	// Of the gridlines' labels only the billion is clear of zero on the linear scale.
	for (const tick of log.ticks) {
		const moved = shiftBetween(along(linear.scale(tick.value)), along(log.scale(tick.value)));
		const clear = tick.value >= 1e9 && tick.value <= max;
		marks.push({
			key: markKey(tick.value, 'tick-label'),
			at: (s) => (onLinear(s) ? (clear ? { shift: moved } : { hidden: true }) : {})
		});
	}
	marks.push({ key: markKey('note'), at: (s) => (onLinear(s) ? { hidden: true } : {}) });
	return statesOf(
		'breaches',
		marks,
		(m) => m.key,
		steps,
		(mark, step) => mark.at(step)
	);
}

/**
 * Espionage counted panel by panel: the bars of the panels still to come are not drawn yet (and
 * grow from zero when their panel comes), their numbers slide out with them; then one campaign
 * is brought forward.
 */
export function espionageStates(plan: EspionageLayout, steps: ChartStep[]): StepStates {
	const measures = plan.panels.map((p) => p.id as string);
	const later = (measure: string, step: ChartStep) =>
		typeof step.through === 'string' && measures.indexOf(measure) > measures.indexOf(step.through);
	const look = (campaign: string, step: ChartStep): MarkState =>
		step.focus && step.focus !== campaign ? { faded: true } : {};
	const bars = plan.bars.flatMap((b) => [
		{
			key: markKey(b.id),
			at: (s: ChartStep): MarkState => (later(b.measure, s) ? { hidden: true, grow: 0 } : look(b.campaign, s))
		},
		{
			key: markKey(b.id, 'value'),
			at: (s: ChartStep): MarkState =>
				later(b.measure, s) ? { hidden: true, shift: [-b.bar.width, 0] } : look(b.campaign, s)
		},
		{
			key: markKey(b.id, 'name'),
			at: (s: ChartStep): MarkState => (later(b.measure, s) ? { hidden: true } : look(b.campaign, s))
		}
	]);
	const panels = plan.panels.map((p) => ({
		key: markKey(p.id, 'panel'),
		at: (s: ChartStep): MarkState => (later(p.id, s) ? { faded: true } : {})
	}));
	const names = plan.names.map((n) => ({
		key: markKey(n.id, 'campaign'),
		at: (s: ChartStep) => look(n.id, s)
	}));
	return statesOf(
		'espionage',
		[...bars, ...panels, ...names],
		(m) => m.key,
		steps,
		(mark, step) => mark.at(step)
	);
}

/**
 * The map closing in on one continent at a time, then stepping back for the incidents it cannot
 * place. The close-up's panel scales its land and moves every mark and label with it, without
 * scaling them, so they stay as legible; marks the close-up leaves behind fade out of view, those
 * of other continents in view fade, and so does another panel (the phone's). The last step fades
 * every placed mark: its card names the incidents tied to no country.
 */
export function mapStates(view: MapView, steps: ChartStep[]): StepStates {
	const zoomAt = (step: ChartStep) => view.zooms.find((z) => z.id === step.focus);
	const panelOf = (x: number, y: number) =>
		view.panels.find(
			({ rect }) => x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height
		)!;
	const places = new Map(view.places.map((p) => [p.id, p]));
	/** Where a point of the panel goes in the close-up, by how much. */
	const moveOf = (zoom: { k: number; x: number; y: number }, [x, y]: [number, number]) =>
		shiftBetween([zoom.k * x + zoom.x, zoom.k * y + zoom.y], [x, y]);

	const panels = view.panels.map((panel) => ({
		key: markKey(panel.id, 'panel'),
		at: (step: ChartStep): MarkState => {
			const zoom = zoomAt(step);
			if (!zoom) return {};
			return zoom.panel === panel.id ? { zoom: zoom.k, shift: [zoom.x, zoom.y] } : { faded: true };
		}
	}));
	const look = (country: string, own: [number, number], step: ChartStep): MarkState => {
		if (step.focus === UNPLACED) return { faded: true };
		const zoom = zoomAt(step);
		if (!zoom) return {};
		const place = places.get(country)!;
		const panel = panelOf(place.x, place.y);
		if (zoom.panel !== panel.id) return { faded: true };
		// The mark keeps its offset from its country's point, which moves with the land.
		const shift = moveOf(zoom, [place.x, place.y]) ?? [0, 0];
		const [x, y] = [own[0] + shift[0], own[1] + shift[1]];
		const { rect } = panel;
		const inView = x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
		if (!inView) return { hidden: true, shift };
		return CONTINENTS[zoom.id].includes(country) ? { shift } : { faded: true, shift };
	};
	const marks = view.marks.map((m) => ({
		key: markKey(m.id),
		at: (step: ChartStep) => look(m.country, [m.x, m.y], step)
	}));
	// A label comes with its country in a close-up; other countries' labels are not drawn there.
	const labels = view.places.map((p) => ({
		key: markKey(p.id),
		at: (step: ChartStep): MarkState => {
			const state = look(p.id, [p.x, p.y], step);
			const zoom = zoomAt(step);
			return zoom && !CONTINENTS[zoom.id].includes(p.id) ? { ...state, faded: false, hidden: true } : state;
		}
	}));
	return statesOf(
		'map',
		[...panels, ...marks, ...labels],
		(m) => m.key,
		steps,
		(mark, step) => mark.at(step)
	);
}
