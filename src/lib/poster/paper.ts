/**
 * The poster is paper: it always takes the light shade of each threat colour,
 * even on a screen that prefers dark (the root layout switches them there).
 */
import type { Threat } from '$lib/content/parse';

/** CSS that pins `--threat-<id>` to the light colours inside `.poster`. */
export function paperColourCss(threats: Pick<Threat, 'id' | 'colour'>[]): string {
	return `.poster{${threats.map((t) => `--threat-${t.id}:${t.colour.light};`).join('')}}`;
}
