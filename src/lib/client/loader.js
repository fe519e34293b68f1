/**
 * How every page loads its script (src/lib/client/enhance.ts, built to /_app/enhance.js by
 * scripts/lib/enhance-plugin.ts): once the page has been painted, not beside it. A
 * `<script src>` in the head is fetched with the page and run before its first paint, so on a
 * slow phone connection the first screen waits one more round trip for a script it does not
 * need: everything on the page reads without it. This inline script asks for the module when
 * the browser reports the first paint, and not before the whole page has been read (a page can
 * be painted while its end is still arriving, and the module looks for its elements once).
 * A browser that reports no paint, or a frame it does not paint yet (an embed off screen),
 * gets the module two seconds after `load` all the same.
 * Its text is fixed, so the pages' Content-Security-Policy allows it by its hash
 * (svelte.config.js); the module's address comes in an attribute. Plain JavaScript, as
 * svelte.config.js imports it, written for any browser that has `import()`.
 */
export const ENHANCE_LOADER =
	'{const s=document.currentScript.dataset.src;let asked=false;' +
	'const ask=()=>{if(asked)return;asked=true;const run=()=>setTimeout(()=>import(s));' +
	"document.readyState==='loading'?addEventListener('DOMContentLoaded',run):run()};" +
	'const P=window.PerformanceObserver;' +
	"if(P&&(P.supportedEntryTypes||[]).includes('paint'))" +
	"new P((_,o)=>{o.disconnect();ask()}).observe({type:'paint',buffered:true});" +
	"addEventListener('load',()=>setTimeout(ask,2000))}";

/** An attribute value, safe between double quotes. @param {string} value */
const attribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The loader's tag, for the module at `src`.
 * @param {string} src
 */
export function enhanceLoaderTag(src) {
	return `<script data-src="${attribute(src)}">${ENHANCE_LOADER}</script>`;
}
