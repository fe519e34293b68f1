/**
 * The charts told by scrolling: which step fields each one reads and what they
 * must name, and each step joined to its words. A field a chart does not read,
 * an id that names nothing, or a step without words is a problem that names
 * the file, the chart, the step and the field.
 */
import { SCROLLER_IDS, type ScrollerId, type Step, type Steps, type Story } from './schema.ts';
import { mustBeOneOf, noDuplicateIds, sameKeys } from './checks.ts';

export { SCROLLER_IDS, type ScrollerId };

/** A step with the words a reader sees beside it. */
export type ChartStep = Step & { text: string };

type Field = 'through' | 'highlight' | 'focus' | 'scale';

/** What each field may name, per chart: a list of ids, or 'year' for a whole year. */
type Allowed = Partial<Record<Field, string[] | 'year'>>;

export interface ScrollerIds {
	threats: string[];
	incidents: string[];
	breaches: string[];
	campaigns: string[];
	measures: string[];
	rungs: string[];
	/** The map's close-ups: its continents and the incidents tied to no country. */
	regions: string[];
}

function allowedFields(ids: ScrollerIds): Record<ScrollerId, Allowed> {
	return {
		timeline: { through: 'year', highlight: ids.threats, focus: ids.incidents },
		threats: { highlight: ids.threats },
		breaches: { scale: ['linear', 'log'], focus: ids.breaches },
		espionage: { through: ids.measures, focus: ids.campaigns },
		map: { focus: ids.regions },
		toolbox: { through: ids.rungs, focus: ids.rungs }
	};
}

/** Where each chart's step words are in en/story.yaml. */
export function stepWords(
	story: Story
): Record<ScrollerId, { where: string; words: Record<string, string> }> {
	return {
		timeline: { where: 'timeline.steps', words: story.timeline.steps },
		threats: { where: 'threats.steps', words: story.threats.steps },
		breaches: { where: 'scale.steps', words: story.scale.steps },
		espionage: { where: 'espionage.steps', words: story.espionage.steps },
		map: { where: 'map.steps', words: story.map.steps },
		toolbox: { where: 'eu.toolbox.steps', words: story.eu.toolbox.steps }
	};
}

export function checkScrollers(
	files: { steps: string; story: string },
	steps: Steps,
	story: Story,
	ids: ScrollerIds,
	problems: string[]
): void {
	const allowed = allowedFields(ids);
	const words = stepWords(story);
	for (const chart of SCROLLER_IDS) {
		noDuplicateIds(`${files.steps} (${chart})`, steps[chart], problems);
		steps[chart].forEach((step, index) => {
			const where = `${chart}, step ${index + 1} (id "${step.id}"), field`;
			for (const field of ['through', 'highlight', 'focus', 'scale'] as const) {
				const value = step[field];
				if (value === undefined) continue;
				const rule = allowed[chart][field];
				if (!rule)
					problems.push(`content/${files.steps}: ${where} "${field}": the ${chart} chart has no use for it`);
				else if (rule === 'year') {
					if (typeof value !== 'number')
						problems.push(`content/${files.steps}: ${where} "${field}": expected a year`);
				} else mustBeOneOf(files.steps, `${where} "${field}"`, String(value), rule, 'id', problems);
			}
		});
		sameKeys(
			`${files.story} (${words[chart].where})`,
			steps[chart].map((s) => s.id),
			words[chart].words,
			'step',
			problems
		);
	}
}

/** Every chart's steps with their words. */
export function scrollerSteps(steps: Steps, story: Story): Record<ScrollerId, ChartStep[]> {
	const words = stepWords(story);
	return Object.fromEntries(
		SCROLLER_IDS.map((chart) => [chart, steps[chart].map((s) => ({ ...s, text: words[chart].words[s.id] }))])
	) as Record<ScrollerId, ChartStep[]>;
}
