/** The charts the site draws; each has its words in content/en/charts.yaml. */
export const CHART_IDS = ['timeline', 'threats', 'breaches', 'espionage', 'map', 'toolbox'] as const;
export type ChartId = (typeof CHART_IDS)[number];
