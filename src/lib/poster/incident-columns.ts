/**
 * The sheet sets its incident cards in seven columns, in date order down each column. The columns
 * are fixed here rather than balanced by the browser (CSS multi-column): balancing lays the cards
 * out again and again, and made the first screen of `/poster` slow to show on a phone.
 *
 * How many cards each column takes, from the left. They are balanced by hand: the tallest column
 * is as short as it can be. The poster's browser test measures the cards and says which counts to
 * use when the incidents change.
 */
export const INCIDENT_COLUMNS = [3, 3, 2, 2, 2, 3, 3];

/** `items` in columns of `counts` items each, in order. Throws when the counts don't add up. */
export function intoColumns<T>(items: readonly T[], counts: readonly number[]): T[][] {
	const total = counts.reduce((sum, count) => sum + count, 0);
	if (total !== items.length)
		throw new Error(
			`The poster's incident columns hold ${total} cards, but there are ${items.length} incidents: ` +
				`change INCIDENT_COLUMNS in src/lib/poster/incident-columns.ts to add up to ${items.length}. ` +
				'Then `npm run build && npm run test:e2e -- poster` says which counts balance the columns.'
		);
	let start = 0;
	return counts.map((count) => items.slice(start, (start += count)));
}

/** The height of a column of cards of `heights`, `gap` apart. */
export const columnHeight = (heights: readonly number[], gap: number) =>
	heights.reduce((sum, height) => sum + height, 0) + gap * Math.max(0, heights.length - 1);

/**
 * The counts that set cards of `heights` (in order, `gap` apart) in `columns` columns with the
 * tallest column as short as can be; of equally good ones, the first found. Every column takes at
 * least one card.
 */
export function balancedCounts(heights: readonly number[], columns: number, gap: number): number[] {
	const n = heights.length;
	// best[k][i]: the shortest tallest column setting the first i cards in k columns; cut[k][i]
	// where the last of those columns starts.
	const best = Array.from({ length: columns + 1 }, () => new Array<number>(n + 1).fill(Infinity));
	const cut = Array.from({ length: columns + 1 }, () => new Array<number>(n + 1).fill(0));
	best[0][0] = 0;
	for (let k = 1; k <= columns; k++)
		for (let i = k; i <= n; i++)
			for (let start = k - 1; start < i; start++) {
				const tallest = Math.max(best[k - 1][start], columnHeight(heights.slice(start, i), gap));
				if (tallest < best[k][i]) [best[k][i], cut[k][i]] = [tallest, start];
			}
	const counts: number[] = [];
	for (let k = columns, i = n; k > 0; i = cut[k][i], k--) counts.unshift(i - cut[k][i]);
	return counts;
}
