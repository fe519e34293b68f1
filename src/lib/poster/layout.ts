/**
 * The poster's layout as data: its bands from the top, the grid of each, the
 * blocks in each cell, and how much empty frame each drawn chart leaves off.
 * The route renders these in order (PosterBand); nothing here is markup.
 */
import type { ChartId } from '$lib/content/charts';

/** A block of the sheet: a drawn chart, or one of the story's text panels. */
export type PosterBlock =
	ChartId | 'threats-panel' | 'timeline-panel' | 'incident-cards' | 'cost' | 'eu' | 'sources';

export interface PosterBand {
	id: string;
	/** CSS grid columns of the band. */
	columns: string;
	/** Space between the columns, in rem. */
	gap: number;
	/** Each column's blocks, top to bottom. */
	cells: PosterBlock[][];
	/** A heavy rule above the band (bands of charts have no panel heading to carry one). */
	rule?: boolean;
	/** On screen, the last cell too waits to be laid out until the reader pans near it. */
	lazyCells?: boolean;
}

/**
 * Bands from the top: the threats beside the timeline; the incidents one by one; the scale and
 * reach of the incidents and where they happened; the cost and the EU's answer, with its toolbox,
 * and the sources. The threats take two fifths beside the timeline; the map's place names are set
 * smaller than the other charts' labels, so it gets more width; the cost and the toolbox a third.
 */
export const POSTER_BANDS: PosterBand[] = [
	{
		id: 'opening',
		columns: '2fr 3fr',
		gap: 3,
		lazyCells: true,
		cells: [['threats-panel'], ['timeline-panel']]
	},
	{ id: 'incidents', columns: '1fr', gap: 0, cells: [['incident-cards']] },
	{
		id: 'charts',
		columns: '1fr 1fr 1.12fr',
		gap: 2.5,
		rule: true,
		cells: [['breaches'], ['espionage'], ['map']]
	},
	// A third of three equal columns, and the other two with the gap between them.
	{
		id: 'closing',
		columns: 'calc((100% - 6rem) / 3) 1fr',
		gap: 3,
		cells: [
			['cost', 'toolbox'],
			['eu', 'sources']
		]
	}
];

/**
 * Empty bands at the top and bottom of each chart's 960 × 540 frame, as shares of its height,
 * taken off so the sheet spends its height on ink. The bands must stay empty: the poster's
 * browser test checks that no mark falls outside its frame after a change to a chart's layout.
 */
export const CHART_TRIMS: Record<ChartId, readonly [number, number]> = {
	threats: [0.105, 0.13],
	timeline: [0.045, 0.01],
	breaches: [0.06, 0.015],
	espionage: [0.19, 0.24],
	map: [0.1, 0.1],
	toolbox: [0.07, 0.07]
};

export const isChart = (block: PosterBlock, ids: readonly string[]): block is ChartId => ids.includes(block);
