/** What the parts of a PowerPoint package hold, read with an XML parser: chart series, font sizes, text runs. */
import { DOMParser, type Element } from '@xmldom/xmldom';

const NS = {
	a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
	c: 'http://schemas.openxmlformats.org/drawingml/2006/chart'
};

/** What a PowerPoint chart part (ppt/charts/chartN.xml) holds: its series' categories and values. */
export interface ChartSeries {
	labels: string[];
	values: number[];
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');
const within = (parent: Element, ns: keyof typeof NS, name: string) =>
	Array.from(parent.getElementsByTagNameNS(NS[ns], name));
const points = (parent: Element | undefined) =>
	parent ? within(parent, 'c', 'pt').map((pt) => within(pt, 'c', 'v')[0].textContent ?? '') : [];

export function chartSeries(xml: string): ChartSeries[] {
	return Array.from(parse(xml).getElementsByTagNameNS(NS.c, 'ser')).map((ser) => ({
		labels: points(within(ser, 'c', 'cat')[0]),
		values: points(within(ser, 'c', 'val')[0]).map(Number)
	}));
}

/** Every font size the part sets, in points. */
export const fontSizes = (xml: string) =>
	Array.from(parse(xml).getElementsByTagName('*'))
		.filter((element) => element.hasAttribute('sz'))
		.map((element) => Number(element.getAttribute('sz')) / 100);

/** A slide's text runs (ppt/slides/slideN.xml) with their size in points. */
export const textRuns = (xml: string) =>
	Array.from(parse(xml).getElementsByTagNameNS(NS.a, 'r')).map((run) => ({
		size: Number(within(run, 'a', 'rPr')[0]?.getAttribute('sz')) / 100,
		text: within(run, 'a', 't')[0]?.textContent ?? ''
	}));
