/**
 * The web fonts, once the page has been painted. Text is set at once in local
 * faces stretched to the web fonts' metrics (styles/fonts.css), so the swap
 * moves nothing; asked for earlier, on a slow phone connection the font files
 * share the line with the page itself and hold back its first screen.
 * The element is a `<noscript>` in the head holding the `@font-face` rules:
 * readers without JavaScript get them at once, and here they are added after
 * the first frame. `<html data-fonts="loaded">` then says when the faces in use
 * have arrived (the poster export and the tests wait for it).
 */
export function fonts(element: HTMLElement): void {
	const rules = document.createElement('template');
	rules.innerHTML = element.textContent ?? '';
	// A timeout queued from requestAnimationFrame runs once that frame is painted.
	const afterNextPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then));
	afterNextPaint(() => {
		document.head.append(rules.content);
		// One frame later the faces the page uses are being fetched, and `ready` waits for them.
		afterNextPaint(() =>
			document.fonts.ready.then(() => (document.documentElement.dataset.fonts = 'loaded'))
		);
	});
}
