/**
 * Scroll steps as data. For each mark a scroller's chart draws, the layout
 * works out what it looks like at every step; the server writes that into the
 * mark as CSS custom properties (`--o3: 0.2` is "at step 3, opacity 0.2"),
 * and the page's stylesheet applies step i's properties while the scroller
 * says `data-active="i"`. The reader's browser computes nothing: it only says
 * which step is active. Without that (no script, print), no rule applies and
 * every mark shows its final state.
 */

/** What a step brings forward. An empty emphasis is the chart's final state. */
export interface Emphasis {
	/** Hide marks after this year. */
	through?: number;
	/** Fade every group but this one. */
	highlight?: string;
	/** Fade every mark but this id, whose label is set in bold. */
	focus?: string;
}

/** A mark at one step. */
export interface MarkState {
	opacity: number;
	/** The weight of the mark's label. */
	weight: 400 | 700;
}

/** Each mark's state at each step, by the mark's id. */
export type StepStates = Map<string, MarkState[]>;

/** The most steps one scroller may have: the page's stylesheet has rules for this many. */
export const MAX_STEPS = 24;

/** How faded a mark is while another group or mark is brought forward. */
export const FADED = 0.2;

const FINAL: MarkState = { opacity: 1, weight: 400 };

/** How a mark looks under an emphasis: hidden, faded or shown, and its label's weight. */
export function stateUnder(mark: { id: string; group: string; year: number }, emphasis: Emphasis): MarkState {
	if (emphasis.through !== undefined && mark.year > emphasis.through) return { opacity: 0, weight: 400 };
	if (emphasis.focus !== undefined)
		return mark.id === emphasis.focus ? { opacity: 1, weight: 700 } : { opacity: FADED, weight: 400 };
	if (emphasis.highlight !== undefined)
		return { opacity: mark.group === emphasis.highlight ? 1 : FADED, weight: 400 };
	return FINAL;
}

/** Every mark's state at every step. */
export function emphasisStates(
	marks: { id: string; group: string; year: number }[],
	steps: Emphasis[]
): StepStates {
	if (steps.length > MAX_STEPS)
		throw new Error(
			`A scroller has ${steps.length} steps; the stylesheet has rules for ${MAX_STEPS} (MAX_STEPS in src/lib/charts/steps.ts).`
		);
	return new Map(marks.map((mark) => [mark.id, steps.map((step) => stateUnder(mark, step))]));
}

/**
 * The mark's attributes for its states: a `data-states` flag the stylesheet selects, and the
 * custom properties of every step where the mark differs from its final state. None off a scroller.
 */
export function stateAttributes(states: StepStates | undefined, id: string): Record<string, string> {
	const list = states?.get(id);
	if (!list) return {};
	const style = list
		.flatMap((state, i) => [
			...(state.opacity !== FINAL.opacity ? [`--o${i}:${state.opacity}`] : []),
			...(state.weight !== FINAL.weight ? [`--w${i}:${state.weight}`] : [])
		])
		.join(';');
	return { 'data-states': '', ...(style ? { style } : {}) };
}

/** The stylesheet's rules: at step i, every mark with states takes its step-i properties. */
export function stepRules(count: number): string {
	return Array.from(
		{ length: count },
		(_, i) =>
			`[data-active="${i}"] [data-states]{opacity:var(--o${i},1)}` +
			`[data-active="${i}"] [data-states] text{font-weight:var(--w${i},400)}`
	).join('');
}
