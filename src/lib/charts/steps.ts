/**
 * Scroll steps as data. For each mark a scroller's chart draws, the chart's
 * layout works out what it looks like at every step: hidden, faded, in bold,
 * or moved from its final place. The server writes that into the mark (step
 * numbers in `data-hidden="0 1"`, `data-faded`, `data-bold`; moves as custom
 * properties, `--x3: 12px 0px` is "at step 3, 12 units right"), and the page's
 * stylesheet applies step i's while the scroller says `data-active="i"`. The
 * reader's browser computes nothing: it only says which step is active.
 * Without that (no script, print), no rule applies and every mark shows its
 * final state. Motion is `translate`, `scale` and `opacity` only, so the
 * browser moves marks without laying the page out again.
 */

/** A mark at one step; nothing set is its final state. */
export interface MarkState {
	hidden?: boolean;
	/** Shapes fade; text turns grey but stays readable (4.5:1, --ink-faded). */
	faded?: boolean;
	/** Text set in bold. */
	bold?: boolean;
	/** Where the mark is, from its final place, in viewBox units. */
	shift?: [number, number];
	/** Its width as a share of the final one, grown from its left edge (bars). */
	grow?: number;
	/** Its size as a multiple of the final one, from the drawing's origin (a map's land closing in). */
	zoom?: number;
}

/** What part of a datum a mark draws, where the datum has more than one mark. */
export type MarkPart = 'name' | 'value' | 'campaign' | 'panel' | 'rung' | 'tick' | 'minor' | 'tick-label';

/** A mark's name in its chart's step states. Made only by `markKey`, so scenes and marks agree. */
export type MarkKey = string & { readonly mark: true };

/** The key of a datum's mark (`markKey('yahoo')`) or of one part of it (`markKey('yahoo', 'value')`). */
export const markKey = (id: string | number, part?: MarkPart): MarkKey =>
	(part ? `${id}:${part}` : String(id)) as MarkKey;

/** One chart's marks, each with its state at each step. */
export interface StepStates {
	chart: string;
	marks: Map<MarkKey, MarkState[]>;
}

/** The most steps one scroller may have: the page's stylesheet has rules for this many. */
export const MAX_STEPS = 24;

/** How faded a shape is while others are brought forward. */
export const FADED = 0.2;

/** Positions differ by less than this (in viewBox units) are the same place. */
const STILL = 0.5;

/** Checks a scroller's step count against the stylesheet's rules. */
export function checkStepCount(count: number): void {
	if (count > MAX_STEPS)
		throw new Error(
			`A scroller has ${count} steps; the stylesheet has rules for ${MAX_STEPS} (MAX_STEPS in src/lib/charts/steps.ts).`
		);
}

/** Every mark's states, from a function of the mark and the step. */
export function statesOf<M, S>(
	chart: string,
	marks: M[],
	keyOf: (mark: M) => MarkKey,
	steps: S[],
	stateAt: (mark: M, step: S) => MarkState
): StepStates {
	checkStepCount(steps.length);
	return {
		chart,
		marks: new Map(marks.map((mark) => [keyOf(mark), steps.map((step) => stateAt(mark, step))]))
	};
}

/** The move from `to` (the final place) to `from`, or none when it is the same place. */
export function shiftBetween(from: [number, number], to: [number, number]): [number, number] | undefined {
	const dx = from[0] - to[0];
	const dy = from[1] - to[1];
	return Math.abs(dx) < STILL && Math.abs(dy) < STILL
		? undefined
		: [Math.round(dx * 10) / 10, Math.round(dy * 10) / 10];
}

/** Two sets of states for the same marks, merged step by step (e.g. a mark's look and its place). */
export function mergeStates(first: StepStates, ...more: StepStates[]): StepStates {
	const marks = new Map(first.marks);
	for (const set of more)
		for (const [key, list] of set.marks) {
			const have = marks.get(key);
			marks.set(key, have ? have.map((state, i) => ({ ...state, ...list[i] })) : list);
		}
	return { chart: first.chart, marks };
}

const stepsWhere = (list: MarkState[], test: (state: MarkState) => boolean) =>
	list.flatMap((state, i) => (test(state) ? [i] : [])).join(' ');

/**
 * The mark's attributes for its states: the steps where it is hidden, faded or bold, and the
 * custom properties of its moves. Nothing off a scroller, or for a mark that never changes; a
 * mark its chart's states do not name stops the build.
 */
export function stateAttributes(states: StepStates | undefined, key: MarkKey): Record<string, string> {
	if (!states) return {};
	const list = states.marks.get(key);
	if (!list)
		throw new Error(
			`The ${states.chart} chart draws a mark "${key}" that its scroll steps do not name (src/lib/charts/scenes.ts).`
		);
	if (list.every((s) => !s.hidden && !s.faded && !s.bold && !s.shift && s.grow === undefined && !s.zoom))
		return {};
	const attributes: Record<string, string> = {};
	for (const [name, test] of [
		['data-hidden', (s: MarkState) => !!s.hidden],
		['data-faded', (s: MarkState) => !!s.faded],
		['data-bold', (s: MarkState) => !!s.bold]
	] as const) {
		const at = stepsWhere(list, test);
		if (at) attributes[name] = at;
	}
	const moves = list.flatMap((s, i) => [
		...(s.shift ? [`--x${i}:${s.shift[0]}px ${s.shift[1]}px`] : []),
		...(s.grow !== undefined ? [`--s${i}:${s.grow} 1`] : []),
		...(s.zoom ? [`--s${i}:${s.zoom}`] : [])
	]);
	if (moves.length) {
		attributes['data-moves'] = '';
		attributes.style = moves.join(';');
	}
	return attributes;
}

/** The shapes marks are drawn with; a faded mark's shapes fade, its text turns grey. */
const SHAPES = ['path', 'rect', 'circle', 'line'] as const;

/**
 * The stylesheet's rules: at step i, every mark takes its step-i look. On screen only: a printed
 * page shows every chart in its final state, whichever step was in view. Every selector ends in an
 * attribute or an element name, never in `*`, `:not()` or `:is()`: so when a scroller's step
 * changes, the browser restyles only its marks, not every element in the scroller and its steps.
 */
export function stepRules(count: number): string {
	const rules = Array.from({ length: count }, (_, i) => {
		const at = `[data-active="${i}"]`;
		const faded = `[data-faded~="${i}"]`;
		const within = (tags: readonly string[]) => tags.map((tag) => `${at} ${faded} ${tag}`);
		const fadedShapes = [...SHAPES.map((tag) => `${at} ${tag}${faded}`), ...within(SHAPES)];
		const boldText = ['text', 'tspan'].map((tag) => `${at} [data-bold~="${i}"] ${tag}`);
		return (
			`${at} [data-hidden~="${i}"]{opacity:0}` +
			`${fadedShapes.join(',')}{opacity:${FADED}}` +
			`${within(['text', 'tspan']).join(',')}{fill:var(--ink-faded)}` +
			`${boldText.join(',')}{font-weight:700}` +
			`${at} [data-moves]{translate:var(--x${i},none);scale:var(--s${i},none)}`
		);
	});
	return `@media screen{${rules.join('')}}`;
}
