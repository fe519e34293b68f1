/**
 * Data the page's script needs (src/lib/client), written into the page as a
 * JSON block: `<script type="application/json">`, which the browser never
 * runs, so the Content-Security-Policy has nothing to allow.
 */

/** The value as JSON that cannot end its script element early: every "<" is escaped. */
export function islandJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The block's markup. */
export function islandMarkup(id: string, value: unknown): string {
	return `<script type="application/json" id="${id}">${islandJson(value)}</script>`;
}

/** Reads the block back in the browser. */
export function readIsland<T>(id: string): T {
	const element = document.getElementById(id);
	if (!element?.textContent) throw new Error(`The page has no data block #${id}`);
	return JSON.parse(element.textContent) as T;
}
