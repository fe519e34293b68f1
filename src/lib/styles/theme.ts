/**
 * Every colour the site, the poster and the chart files use, defined once.
 * The screen follows the reader's light or dark preference; paper (the poster)
 * is always light; exported chart files take one theme's plain values. Threat
 * colours come from content/threats.yaml, a light and a dark shade each.
 */
import type { ThreatFacts } from '$lib/content/schema';
import { stepRules } from '../charts/steps.ts';

export interface Tokens {
	bg: string;
	bgSoft: string;
	ink: string;
	inkSoft: string;
	/** Text of a mark set back at a scroll step: lighter than inkSoft, still 4.5:1 on bg. */
	inkFaded: string;
	rule: string;
	accent: string;
}

export type ThemeName = 'light' | 'dark';

export const THEMES: Record<ThemeName | 'paper', Tokens> = {
	light: {
		bg: '#ffffff',
		bgSoft: '#f3f5f8',
		ink: '#15202b',
		inkSoft: '#46525f',
		inkFaded: '#636e7a',
		rule: '#c9d1da',
		accent: '#1d4e89'
	},
	dark: {
		bg: '#0f1720',
		bgSoft: '#18232f',
		ink: '#e8edf2',
		inkSoft: '#aab6c3',
		inkFaded: '#808c99',
		rule: '#3a4856',
		accent: '#8cc4ff'
	},
	// Paper is light, with a deeper tint for its bands so that they survive printing.
	paper: {
		bg: '#ffffff',
		bgSoft: '#eef2f6',
		ink: '#15202b',
		inkSoft: '#46525f',
		inkFaded: '#636e7a',
		rule: '#c9d1da',
		accent: '#1d4e89'
	}
};

type Threats = Pick<ThreatFacts, 'id' | 'colour'>[];

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--bg:#fff;--bg-soft:…;--threat-breach:…;` for one theme. */
function declarations(tokens: Tokens, threats: Threats, shade: ThemeName): string {
	const base = Object.entries(tokens).map(([name, value]) => `--${kebab(name)}:${value};`);
	return [...base, ...threats.map((t) => `--threat-${t.id}:${t.colour[shade]};`)].join('');
}

/**
 * The page's colour stylesheet: light by default, dark where the reader prefers it on screen, the
 * paper theme in print (light on paper whatever the screen prefers) and inside `data-theme="paper"`
 * (the poster's sheet). Anything marked `data-threat="<id>"` gets `--threat` set to its colour.
 * Then the rules for `steps` scroll steps ($lib/charts/steps).
 */
export function themeCss(threats: Threats, steps: number): string {
	const scoped = threats.map((t) => `[data-threat="${t.id}"]{--threat:var(--threat-${t.id})}`).join('');
	const paper = declarations(THEMES.paper, threats, 'light');
	return (
		`:root{${declarations(THEMES.light, threats, 'light')}}` +
		`@media screen and (prefers-color-scheme: dark){:root{${declarations(THEMES.dark, threats, 'dark')}}}` +
		`@media print{:root{color-scheme:light;${paper}}}` +
		`[data-theme="paper"]{${paper}}` +
		scoped +
		stepRules(steps)
	);
}

/** The icon's ground: a deeper navy than any theme's, so that the icon reads in a tab bar of either. */
const ICON_GROUND = '#0b1f3a';

/**
 * The site's icon as a `data:` address, so no page asks for a file before its first paint: a "P"
 * in the conflict colour and a dot in the breach colour (their dark shades), on navy.
 */
export function iconHref(threats: Threats): string {
	const dark = (id: string) => threats.find((t) => t.id === id)?.colour.dark ?? THEMES.dark.accent;
	const svg =
		`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'>` +
		`<rect width='32' height='32' rx='6' fill='${ICON_GROUND}'/>` +
		`<path d='M9 23V9h7a4.5 4.5 0 0 1 0 9h-7' fill='none' stroke='${dark('conflict')}' stroke-width='3'/>` +
		`<circle cx='23' cy='22' r='3' fill='${dark('breach')}'/></svg>`;
	return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
