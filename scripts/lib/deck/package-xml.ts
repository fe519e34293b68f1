/**
 * A written .pptx as the package it is (Open Packaging Conventions): parts
 * found by the content type [Content_Types].xml gives them, not by the file
 * names pptxgenjs happens to use, and read and written as XML documents with
 * a real parser, so that an edit names elements, not text.
 */
import JSZip from 'jszip';
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

export const NS = {
	c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
	a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
	types: 'http://schemas.openxmlformats.org/package/2006/content-types'
} as const;

export const PART_TYPE = {
	chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'
} as const;

type Prefix = keyof typeof NS;

/** Every element of that name (c:dLbls) anywhere below `from`. */
export function elements(from: Document | Element, prefix: Prefix, name: string): Element[] {
	return Array.from(from.getElementsByTagNameNS(NS[prefix], name));
}

/** The children of that name (c:scaling) of each of `parents`. */
export const children = (parents: Element[], prefix: Prefix, name: string): Element[] =>
	parents.flatMap((parent) => elements(parent, prefix, name).filter((child) => child.parentNode === parent));

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

export class Package {
	private constructor(private zip: JSZip) {}

	static async open(pptx: Uint8Array) {
		return new Package(await JSZip.loadAsync(pptx));
	}

	/** The names of the parts of a content type, as the zip names them ("ppt/charts/chart1.xml"). */
	async partsOfType(contentType: string): Promise<string[]> {
		const types = parse(await this.text('[Content_Types].xml'));
		return elements(types, 'types', 'Override')
			.filter((override) => override.getAttribute('ContentType') === contentType)
			.map((override) => override.getAttribute('PartName')!.slice(1)); // part names are absolute
	}

	/** Reads a part as XML, lets `change` edit the document, and writes it back. */
	async edit(name: string, change: (part: Document) => void) {
		const part = parse(await this.text(name));
		change(part);
		this.zip.file(name, new XMLSerializer().serializeToString(part));
	}

	private text(name: string): Promise<string> {
		const file = this.zip.file(name);
		if (!file) throw new Error(`The deck has no part ${name}`);
		return file.async('string');
	}

	write(): Promise<Buffer> {
		return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
	}
}
