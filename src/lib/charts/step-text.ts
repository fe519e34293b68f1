/**
 * The words beside a scroll step, with the facts they name filled in from
 * content/*.yaml rather than typed again: `{count}` is the number of incidents
 * of the step's highlighted threat; `{yahoo}` a breach's figure ("3,000,000,000
 * accounts"); `{apt1_companies}` a campaign's count in one measure.
 */
import type { ChartStep, Content, ScrollerId } from '$lib/content/parse';
import { fill, formatNumber } from '$lib/content/format';
import { breachInputs } from './inputs';
import { campaigns, ESPIONAGE_MEASURES } from './espionage';

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
	return {};
}

export function stepText(chart: ScrollerId, step: ChartStep, content: Content): string {
	return fill(step.text, factsOf(chart, step, content));
}
