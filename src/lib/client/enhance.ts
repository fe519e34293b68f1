/**
 * Everything a reader can do on the prerendered pages beyond reading them.
 * A component that the page's script enhances marks its element with
 * `data-enhance="<name>"`; each name's behaviour is the module of that name
 * here, beside the others. A page without such elements runs nothing.
 */
import { scroller } from './scroller';
import { explorer } from './explorer';
import { copyButton } from './copy';
import { embed } from './embed';

const BEHAVIOURS: Record<string, (element: HTMLElement) => void> = {
	scroller,
	explorer,
	copy: copyButton,
	embed
};

for (const element of document.querySelectorAll<HTMLElement>('[data-enhance]')) {
	const behaviour = BEHAVIOURS[element.dataset.enhance!];
	if (!behaviour) throw new Error(`No behaviour "${element.dataset.enhance}" in src/lib/client/enhance.ts`);
	behaviour(element);
}
