/**
 * The scroller (Scroller.svelte): the step in view is marked active, and the
 * scroller says which (`data-active="<index>"`); the page's stylesheet then
 * gives every mark of its chart its look at that step ($lib/charts/steps),
 * from the states the server drew into the marks. scrollama measures the
 * steps only when the reader comes within a screen of them, so a page opened
 * at the top spends nothing on them while it loads; it re-measures by itself
 * when the steps resize.
 */
import scrollama from 'scrollama';
import { fill } from '$lib/content/format';

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
	const steps = Array.from(scroller.querySelectorAll<HTMLElement>('.step'));
	const progress = scroller.querySelector<HTMLElement>('[role="progressbar"]')!;
	const stepOf = (n: number) => fill(progress.dataset.stepOf!, { step: n });
	const show = (index: number) => {
		if (scroller.dataset.active === String(index)) return;
		steps.forEach((step, i) => step.classList.toggle('active', i === index));
		if (index >= 0) {
			progress.setAttribute('aria-valuenow', String(index + 1));
			progress.setAttribute('aria-valuetext', stepOf(index + 1));
			progress.querySelector<HTMLElement>('.fill')!.style.scale = `${(index + 1) / steps.length} 1`;
		}
		if (index < 0) delete scroller.dataset.active;
		else scroller.dataset.active = String(index);
	};
	// A step turns active as its card comes into view: beside the graphic on a wide screen, near
	// the bottom of the band below it on a phone, so that the card is read there, in the state it
	// describes, before it passes over the graphic (Scroller.svelte).
	const offset = matchMedia('(min-width: 60rem)').matches ? 0.6 : 0.8;
	scrollama()
		.setup({ step: steps, offset })
		.onStepEnter(({ index }) => show(index))
		.onStepExit(({ index, direction }) => {
			if (index === 0 && direction === 'up') show(-1);
		});
}

export function scroller(element: HTMLElement) {
	whenNear(element, () => start(element));
}
