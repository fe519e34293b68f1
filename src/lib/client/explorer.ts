/**
 * The incident explorer (Explore.svelte): its controls come on, and each
 * change shows the matching blocks in the chosen order, hides the rest and
 * says how many are shown.
 */
import { exploreIncidents, type ExploreItem, type ExploreQuery } from '$lib/client/explore';
import { fill } from '$lib/content/format';
import { readIsland } from '$lib/client/island';

/** What an explorer's data block holds: the incidents, and the words for how many are shown. */
export interface ExplorerData {
	incidents: ExploreItem[];
	shown: string;
}

/** Puts the shown blocks first, in order, and hides the others after them. */
export function showInOrder(list: Element, ids: string[]) {
	const blocks = new Map(
		Array.from(list.children as HTMLCollectionOf<HTMLElement>, (block) => [block.dataset.incident, block])
	);
	for (const [id, block] of blocks) block.hidden = !ids.includes(id!);
	ids.forEach((id, i) => {
		const block = blocks.get(id)!;
		if (list.children[i] !== block) list.insertBefore(block, list.children[i]);
	});
}

export function explorer(form: HTMLElement) {
	if (!(form instanceof HTMLFormElement)) throw new Error('The explorer enhances a <form>');
	const data = readIsland<ExplorerData>(form.dataset.island!);
	const list = document.getElementById(form.getAttribute('aria-controls')!)!;
	const status = form.querySelector('[role="status"]')!;
	const apply = () => {
		const query = Object.fromEntries(new FormData(form)) as unknown as ExploreQuery;
		const shown = exploreIncidents(data.incidents, query).map((incident) => incident.id);
		showInOrder(list, shown);
		status.textContent = fill(data.shown, { shown: shown.length, total: data.incidents.length });
	};
	form.addEventListener('change', apply);
	form.addEventListener('submit', (event) => event.preventDefault());
	form.querySelector('fieldset')!.disabled = false;
}
