/**
 * Sections, scroll steps and charts away from the window are not laid out
 * (`content-visibility: auto`), so the page loads with a screenful of layout.
 * Left at that, each is laid out the moment the reader scrolls near it, all
 * of it in one frame: on a slow phone a frame of 50 ms and more, a stutter
 * just as a chart comes into view. So once the web fonts are in (after which
 * nothing changes the text's layout), the page lays them out ahead, in
 * document order, a few at a time while the browser is idle; each then comes
 * into view with only its painting left to do. They stay unpainted until then.
 * `<html data-laid-out="ahead">` says when all are done.
 */
const queue: HTMLElement[] = [];

/** Time a batch may take, in ms, well under a frame even on a slow phone. */
const BATCH_MS = 6;

const idle = (then: (deadline?: IdleDeadline) => void) =>
	'requestIdleCallback' in window ? requestIdleCallback(then, { timeout: 1000 }) : setTimeout(then, 50);

function layOutSome() {
	const until = performance.now() + BATCH_MS;
	while (queue.length && performance.now() < until)
		// Asking where its first child is lays the skipped element out, and only that.
		queue.shift()!.firstElementChild?.getBoundingClientRect();
	if (queue.length) idle(layOutSome);
	else document.documentElement.dataset.laidOut = 'ahead';
}

function whenFontsLoaded(then: () => void) {
	const html = document.documentElement;
	if (html.dataset.fonts === 'loaded') return then();
	const watch = new MutationObserver(() => {
		if (html.dataset.fonts !== 'loaded') return;
		watch.disconnect();
		then();
	});
	watch.observe(html, { attributes: true, attributeFilter: ['data-fonts'] });
}

export function layOutAhead(section: HTMLElement) {
	const start = queue.length === 0;
	queue.push(section, ...section.querySelectorAll<HTMLElement>('.step, .chart-svg'));
	if (start) whenFontsLoaded(() => idle(layOutSome));
}
