/**
 * What every mark may read besides LayerCake's scales: the palette, the design
 * frame, and the current emphasis (which the scroll steps change).
 */
import { getContext, setContext } from 'svelte';
import type { Frame, Layout } from './frame';
import type { Palette } from './palette';

export interface Emphasis {
	/** Hide marks after this year. */
	through?: number;
	/** Fade every group but this one. */
	highlight?: string;
	/** Fade every mark but this id. */
	focus?: string;
}

export interface ChartEnv {
	palette: Palette;
	frame: Frame;
	emphasis(): Emphasis;
}

const KEY = Symbol('chart-env');

export function setChartEnv(env: ChartEnv) {
	setContext(KEY, env);
}

export function getChartEnv(): ChartEnv {
	return getContext<ChartEnv>(KEY);
}

/** How visible a mark is under the emphasis: 1 shown, a fraction faded, 0 hidden. */
export function visibility(
	mark: { id?: string; group?: string; year?: number },
	emphasis: Emphasis,
	faded = 0.2
): number {
	if (emphasis.through !== undefined && mark.year !== undefined && mark.year > emphasis.through) return 0;
	if (emphasis.focus !== undefined) return mark.id === emphasis.focus ? 1 : faded;
	if (emphasis.highlight !== undefined) return mark.group === emphasis.highlight ? 1 : faded;
	return 1;
}

/** What every chart component takes besides its data. */
export interface ChartProps {
	layout: Layout;
	palette: Palette;
	/** Short accessible name of the graphic. */
	label: string;
	/** What the scroll step emphasises; empty is the final state. */
	emphasis?: Emphasis;
}
