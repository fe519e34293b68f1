/** The line that cites a chart, the same on its page and in the README beside its files. */
import type { Chart } from '$lib/content/parse';
import type { ChartsUi } from '$lib/content/schema';
import { fill } from '../content/format.ts';
import { quote } from '../content/typography.ts';

/** The edition's `ui.citation` with the chart's title in its quotation marks (nested where the title quotes). */
export const citationOf = (chart: Chart, ui: ChartsUi, url: string, lang: string): string =>
	fill(ui.citation, { title: quote(chart.title, lang), url, source: chart.source });
