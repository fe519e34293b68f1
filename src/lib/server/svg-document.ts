/**
 * A chart file as a standalone SVG document. Svelte's server `render` marks where each block
 * begins and ends with comments (`<!--[-->`, `<!--]-->`), for a browser to take the markup over;
 * a file has no use for them, so they are taken out of the parsed document, not matched in text.
 */
import { DOMParser, XMLSerializer, type Node as XmlNode } from '@xmldom/xmldom';

const COMMENT = 8;

function dropComments(node: XmlNode): void {
	for (let child = node.firstChild; child;) {
		const next = child.nextSibling;
		if (child.nodeType === COMMENT) node.removeChild(child);
		else dropComments(child);
		child = next;
	}
}

/** The SVG markup as a document of its own, without comments. Throws on markup that is not XML. */
export function svgDocument(markup: string): string {
	const doc = new DOMParser({
		onError: (level, message) => {
			if (level !== 'warning') throw new Error(`A chart file is not well-formed SVG: ${message}`);
		}
	}).parseFromString(markup.trim(), 'image/svg+xml');
	dropComments(doc);
	return new XMLSerializer().serializeToString(doc);
}
