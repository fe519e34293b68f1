/**
 * The LayerCake context a chart's marks read (`getLayerCakeContext()`: data,
 * scales, `xGet`/`yGet`). Charts here are drawn once, on the server, in a
 * fixed viewBox, with scales their layouts have already made; so the context
 * is made from those directly, and the same `<svg>` can be the page's figure
 * or sit inside an exported file (LayerCake's own component would wrap it in
 * an HTML `<div>`).
 */
import type { LayerCakeContext } from 'layercake';

/** A scale as marks use it: a function of a value, with its domain and range. */
export interface PlotScale {
	(value: never): number;
	domain(): unknown[];
	range(): number[];
}

export interface PlotSpec {
	data: object[];
	/** The datum's field that carries x (or y); none for marks placed by the layout. */
	x?: string;
	y?: string;
	/** Scales from the layout; viewBox units where none is given. */
	xScale?: PlotScale;
	yScale?: PlotScale;
	width: number;
	height: number;
}

const identity = (extent: number): PlotScale =>
	Object.assign((value: never) => value as number, { domain: () => [0, extent], range: () => [0, extent] });

export function plotContext(spec: PlotSpec): LayerCakeContext {
	const xScale = spec.xScale ?? identity(spec.width);
	const yScale = spec.yScale ?? identity(spec.height);
	const get = (scale: PlotScale, key?: string) => (d: Record<string, never>) =>
		key === undefined ? undefined : scale(d[key]);
	return {
		data: spec.data,
		width: spec.width,
		height: spec.height,
		xScale,
		yScale,
		xGet: get(xScale, spec.x),
		yGet: get(yScale, spec.y)
	} as unknown as LayerCakeContext;
}
