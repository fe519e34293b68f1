/**
 * A chart page shown in another site's frame (its embed code): the page turns
 * compact (the chart, its words and source, without the reuse tools and the
 * language switcher), its links open outside the frame, and it tells the
 * frame's page how tall it is, now and whenever that changes (a narrower
 * frame, the description opened), so that the loader script there
 * (static/embed.js) sizes the frame to fit. A page not in a frame does nothing.
 */
export const EMBED_MESSAGE = 'peace-and-stability:height';

export function embed(page: HTMLElement) {
	if (window.parent === window) return;
	for (const element of page.querySelectorAll<HTMLElement>('[data-embed-hide]')) element.hidden = true;
	const base = document.createElement('base');
	base.target = '_blank';
	document.head.append(base);

	let last = 0;
	const post = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		// The height is no secret: any page may embed the chart, so any parent may hear it.
		window.parent.postMessage({ type: EMBED_MESSAGE, height }, '*');
	};
	new ResizeObserver(post).observe(document.documentElement);
	post();
}
