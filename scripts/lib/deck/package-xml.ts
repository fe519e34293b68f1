/**
 * A written .pptx as the package it is (Open Packaging Conventions): parts
 * found by the content type [Content_Types].xml gives them and by their
 * relationships (_rels), read and written as XML documents with a real parser,
 * so that an edit names elements, not text.
 */
import { posix } from 'node:path';
import JSZip from 'jszip';
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

export const NS = {
	c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
	a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
	r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
	asvg: 'http://schemas.microsoft.com/office/drawing/2016/SVG/main',
	types: 'http://schemas.openxmlformats.org/package/2006/content-types',
	rels: 'http://schemas.openxmlformats.org/package/2006/relationships'
} as const;

export const PART_TYPE = {
	chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
	slide: 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml'
} as const;

/** Every element of that name ("c:dLbls") anywhere below `from`. */
export function elements(from: Document | Element, name: string): Element[] {
	const [prefix, local] = name.split(':') as [keyof typeof NS, string];
	return Array.from(from.getElementsByTagNameNS(NS[prefix], local));
}

/** The children of that name ("c:scaling") of each of `parents`. */
export const children = (parents: Element[], name: string): Element[] =>
	parents.flatMap((parent) => elements(parent, name).filter((child) => child.parentNode === parent));

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

export class Package {
	private constructor(private zip: JSZip) {}

	static async open(pptx: Uint8Array) {
		return new Package(await JSZip.loadAsync(pptx));
	}

	/** The names of the parts of a content type, as the zip names them ("ppt/charts/chart1.xml"). */
	async partsOfType(contentType: string): Promise<string[]> {
		const types = await this.xml('[Content_Types].xml');
		return elements(types, 'types:Override')
			.filter((override) => override.getAttribute('ContentType') === contentType)
			.map((override) => override.getAttribute('PartName')!.slice(1)); // part names are absolute
	}

	async xml(name: string): Promise<Document> {
		return parse(await this.zip.file(name)!.async('string'));
	}

	async bytes(name: string): Promise<Buffer> {
		return this.zip.file(name)!.async('nodebuffer');
	}

	async edit(name: string, change: (part: Document) => void) {
		const part = await this.xml(name);
		change(part);
		this.zip.file(name, new XMLSerializer().serializeToString(part));
	}

	put(name: string, data: Buffer) {
		this.zip.file(name, data);
	}

	/** The part a relationship of `source` points at, by its id (r:embed="rId3"). */
	async target(source: string, id: string): Promise<string> {
		const rels = await this.xml(posix.join(posix.dirname(source), '_rels', `${posix.basename(source)}.rels`));
		const rel = elements(rels, 'rels:Relationship').find((r) => r.getAttribute('Id') === id);
		if (!rel) throw new Error(`${source} has no relationship ${id}`);
		return posix.join(posix.dirname(source), rel.getAttribute('Target')!);
	}

	write(): Promise<Buffer> {
		return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
	}
}
