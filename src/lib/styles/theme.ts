/**
 * CSS for each threat's colour, light and dark, from content. Anything marked
 * `data-threat="<id>"` gets `--threat` set to its colour, so components never
 * need an inline style.
 */
import type { Threat } from '$lib/content/parse';

export function threatColourCss(threats: Pick<Threat, 'id' | 'colour'>[]): string {
	const vars = (theme: 'light' | 'dark') =>
		threats.map((t) => `--threat-${t.id}:${t.colour[theme]};`).join('');
	const scoped = threats.map((t) => `[data-threat="${t.id}"]{--threat:var(--threat-${t.id})}`).join('');
	return `:root{${vars('light')}}@media (prefers-color-scheme: dark){:root{${vars('dark')}}}${scoped}`;
}
