/**
 * The server's half of $lib/server-drawn: renders a chart to plain SVG markup.
 */
import { render } from 'svelte/server';
import ChartGraphic from '$lib/components/charts/ChartGraphic.svelte';
import type { Drawer } from '$lib/server-drawn';
import { getMap } from './map';
import { compactNumbers } from '$lib/charts/compact';

/** The markup as one element: Svelte's comments dropped, and so are scoped-style classes in charts. */
function oneElement(html: string, what: string): string {
	const markup = html.replace(/<!--[\s\S]*?-->/g, '').trim();
	const open = markup.match(/^<([a-z][\w-]*)\b/i);
	if (!open || !markup.endsWith(`</${open[1]}>`)) throw new Error(`${what} did not draw as one element.`);
	return markup;
}

export const drawer: Drawer = {
	chart(request) {
		const { body } = render(ChartGraphic, { props: { ...request, map: getMap() } });
		// The chart components' scoped styles do not come with the page ($lib/styles/charts.css
		// holds what it needs), so their class names would only be bytes.
		const markup = body.replace(/\sclass="([^"]*)"/g, (_, names: string) => {
			const kept = names.split(/\s+/).filter((name) => name && !/^svelte-[a-z0-9]+$/.test(name));
			return kept.length ? ` class="${kept.join(' ')}"` : '';
		});
		return oneElement(compactNumbers(markup), `Chart "${request.id}" (${request.layout})`);
	}
};
