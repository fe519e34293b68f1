/**
 * The words beside a scroll step, with the facts they name filled in from
 * content/*.yaml rather than typed again: `{count}` is the number of incidents
 * of the step's highlighted threat; `{yahoo}` a breach's figure ("3,000,000,000
 * accounts"); `{apt1_companies}` a campaign's count in one measure; on the map `{count}`,
 * `{countries}` and `{incidents}` are what the step's close-up shows.
 */
import type { ChartStep, Content, ScrollerId } from '$lib/content/parse';
import { fill, formatNumber } from '$lib/content/format';
import { joinList } from '$lib/content/typography';
import { breachInputs } from './inputs';
import { campaigns, ESPIONAGE_MEASURES } from './espionage';
import { countryGroups } from './map';
import { compareDates } from '../content/order';
import { CONTINENTS, UNPLACED } from '../content/continents';

/** The map's facts: how many incidents the step's close-up shows, in which countries, which ones. */
function mapFacts(step: ChartStep, content: Content): Record<string, string | number> {
	const placed = content.incidents.filter((i) => i.country);
	const shown =
		step.focus === UNPLACED
			? content.incidents.filter((i) => !i.country)
			: step.focus
				? placed.filter((i) => CONTINENTS[step.focus!].includes(i.country!))
				: placed;
	return {
		total: content.incidents.length,
		placed: placed.length,
		countryCount: countryGroups(placed).length,
		count: shown.length,
		countries: joinList(
			countryGroups(shown).map((g) => g.name),
			content.lang
		),
		incidents: joinList(
			[...shown].sort((a, b) => compareDates(a.date, b.date)).map((i) => i.label),
			content.lang
		)
	};
}

function factsOf(chart: ScrollerId, step: ChartStep, content: Content): Record<string, string | number> {
	if (chart === 'timeline' || chart === 'threats')
		return { count: content.incidents.filter((i) => i.category === step.highlight).length };
	if (chart === 'breaches')
		return Object.fromEntries(
			breachInputs(content.incidents, content.numbers).map((b) => [b.id, b.valueText])
		);
	if (chart === 'espionage')
		return Object.fromEntries(
			campaigns(content.incidents).flatMap((c) =>
				ESPIONAGE_MEASURES.map((m) => [`${c.id}_${m}`, formatNumber(c.values[m], content.lang)])
			)
		);
	if (chart === 'map') return mapFacts(step, content);
	return {};
}

export function stepText(chart: ScrollerId, step: ChartStep, content: Content): string {
	return fill(step.text, factsOf(chart, step, content));
}
