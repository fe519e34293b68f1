/**
 * The scroller's steps (Scroller.svelte): the step in view is marked active,
 * and the chart beside it shows that step's emphasis on its drawn marks.
 * scrollama measures the steps only when the reader comes within a screen of
 * them, so a page opened at the top spends nothing on them while it loads.
 */
import type { Incident } from '$lib/content/parse';
import type { Emphasis } from '$lib/charts/context';
import { applyEmphasis } from '$lib/charts/emphasis';
import { readIsland } from '$lib/client/island';
import scrollama from 'scrollama';

/** What a scroller's data block holds: each step's emphasis, and the incidents it applies to. */
export interface ScrollerData {
	steps: Emphasis[];
	incidents: Pick<Incident, 'id' | 'category' | 'year'>[];
}

function whenNear(element: Element, start: () => void) {
	const near = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			near.disconnect();
			start();
		},
		{ rootMargin: '100% 0px' }
	);
	near.observe(element);
}

function start(scroller: HTMLElement) {
	const data = readIsland<ScrollerData>(scroller.dataset.scroller!);
	const steps = Array.from(scroller.querySelectorAll<HTMLElement>('.step'));
	const graphics = Array.from(scroller.querySelectorAll('.chart-svg'));
	let active = -1;
	const show = (index: number) => {
		if (index === active) return;
		active = index;
		steps.forEach((step, i) => step.classList.toggle('active', i === index));
		for (const graphic of graphics) applyEmphasis(graphic, data.steps[index] ?? {}, data.incidents);
	};
	const instance = scrollama()
		.setup({ step: steps, offset: 0.6 })
		.onStepEnter(({ index }) => show(index))
		.onStepExit(({ index, direction }) => {
			if (index === 0 && direction === 'up') show(-1);
		});
	window.addEventListener('resize', () => instance.resize());
}

export function enhanceScrollers(root: ParentNode) {
	for (const scroller of root.querySelectorAll<HTMLElement>('[data-scroller]'))
		whenNear(scroller, () => start(scroller));
}
