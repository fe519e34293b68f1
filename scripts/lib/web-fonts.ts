/**
 * A page script (for Puppeteer's and Playwright's `evaluate`) that settles once
 * the page's web fonts are in. With JavaScript they are added after the first
 * paint (src/lib/client/fonts.ts), which then marks `<html data-fonts="loaded">`;
 * without it the head's `<noscript>` holds them as elements from the start.
 */
export const WEB_FONTS_READY = `new Promise((done) => {
	const rules = document.querySelector('noscript[data-enhance="fonts"]');
	const settled = () => !rules || rules.children.length > 0 || document.documentElement.dataset.fonts === 'loaded';
	const wait = () => (settled() ? done() : setTimeout(wait, 20));
	wait();
}).then(() => document.fonts.ready).then(() => undefined)`;
