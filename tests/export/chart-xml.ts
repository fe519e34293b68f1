/** What a PowerPoint chart part (ppt/charts/chartN.xml) holds: its series' categories and values. */
export interface ChartSeries {
	labels: string[];
	values: number[];
}

const unescape = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

const points = (xml: string) =>
	[...xml.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((m) => unescape(m[1]));

export function chartSeries(xml: string): ChartSeries[] {
	return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => ({
		labels: points(ser.match(/<c:cat>([\s\S]*?)<\/c:cat>/)?.[1] ?? ''),
		values: points(ser.match(/<c:val>([\s\S]*?)<\/c:val>/)?.[1] ?? '').map(Number)
	}));
}

/** Every font size the part sets, in points. */
export const fontSizes = (xml: string) => [...xml.matchAll(/\bsz="(\d+)"/g)].map((m) => Number(m[1]) / 100);

/** A slide's text runs (ppt/slides/slideN.xml) with their size in points. */
export const textRuns = (xml: string) =>
	[...xml.matchAll(/<a:rPr[^>]*\bsz="(\d+)"[^>]*>[\s\S]*?<a:t>([^<]*)<\/a:t>/g)].map((m) => ({
		size: Number(m[1]) / 100,
		text: unescape(m[2])
	}));
