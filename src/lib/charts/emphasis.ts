/**
 * The timeline's emphasis on a chart drawn by the server ($lib/server-drawn):
 * in the browser, a scroll step changes the marks' attributes as the mark
 * components would draw them.
 */
import type { Incident } from '$lib/content/parse';
import { visibility, type Emphasis } from './context';

function setIfChanged(element: Element, name: string, value: string) {
	if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Shows the emphasis on the symbols (`.mark`) and labels (`.label`) of the
 * incidents: opacity from `visibility`, the focused incident's label in bold.
 */
export function applyEmphasis(
	root: Element,
	emphasis: Emphasis,
	incidents: Pick<Incident, 'id' | 'category' | 'year'>[]
) {
	const byId = new Map(incidents.map((i) => [i.id, i]));
	for (const element of root.querySelectorAll<SVGElement>('.mark[data-id], .label[data-id]')) {
		const incident = byId.get(element.dataset.id!);
		if (!incident) continue;
		const shown = visibility({ id: incident.id, group: incident.category, year: incident.year }, emphasis);
		setIfChanged(element, 'opacity', String(shown));
		const text = element.classList.contains('label') ? element.querySelector('text') : null;
		if (text) setIfChanged(text, 'font-weight', emphasis.focus === incident.id ? '700' : '400');
	}
}
