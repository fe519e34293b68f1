/**
 * What every mark may read besides LayerCake's data and scales: the palette,
 * the design frame, and, on a scroller, each mark's state at every step.
 */
import { getContext, setContext } from 'svelte';
import type { Frame, Layout } from './frame';
import type { Palette } from './palette';
import type { ChartStep, Content, Incident, Threat } from '$lib/content/parse';
import type { ChartId } from '$lib/content/charts';
import type { MapData } from './map';
import type { StepStates } from './steps';

export interface ChartEnv {
	palette: Palette;
	frame: Frame;
	/** Each mark's look at every scroll step; none where the chart is not in a scroller. */
	states?: StepStates;
}

const KEY = Symbol('chart-env');

export function setChartEnv(env: ChartEnv) {
	setContext(KEY, env);
}

export function getChartEnv(): ChartEnv {
	return getContext<ChartEnv>(KEY);
}

/** What every chart component takes besides its data. */
export interface ChartProps {
	layout: Layout;
	palette: Palette;
	/** Short accessible name of the graphic. */
	label: string;
	/** The chart's scroll steps, for a chart in a scroller: each chart works out its marks' states. */
	steps?: ChartStep[];
	/** Where the chart sits inside an exported file's own SVG, in the file's units. */
	place?: { x: number; y: number; width: number; height: number };
}

/** What a chart's frame draws it from, on every surface (page, poster, exported file). */
export interface ChartSource {
	id: ChartId;
	content: Content;
	/** The projected world map, for the map chart ($lib/server/map, handed down from `load`). */
	map?: MapData;
}

/** The data of the charts of incidents. */
export interface IncidentData {
	incidents: Incident[];
	threats: Threat[];
}
