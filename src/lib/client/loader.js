/**
 * How every page loads its script (src/lib/client/enhance.ts, built to /_app/enhance.js by
 * scripts/lib/enhance-plugin.ts): once the page has been painted, not beside it. A
 * `<script src>` in the head is fetched with the page and run before its first paint, so on a
 * slow phone connection the first screen waits one more round trip for a script it does not
 * need: everything on the page reads without it. This inline script asks for the module when
 * the browser reports the first paint (at `load` where it reports no paints). Its text is
 * fixed, so the pages' Content-Security-Policy allows it by its hash (svelte.config.js); the
 * module's address comes in an attribute. Plain JavaScript, as svelte.config.js imports it.
 */
export const ENHANCE_LOADER =
	'{const s=document.currentScript.dataset.src,go=()=>setTimeout(()=>import(s));' +
	"PerformanceObserver.supportedEntryTypes.includes('paint')" +
	"?new PerformanceObserver((_,o)=>{o.disconnect();go()}).observe({type:'paint',buffered:true})" +
	":addEventListener('load',go)}";

/**
 * The loader's tag, for the module at `src`.
 * @param {string} src
 */
export function enhanceLoaderTag(src) {
	return `<script data-src="${src}">${ENHANCE_LOADER}</script>`;
}
