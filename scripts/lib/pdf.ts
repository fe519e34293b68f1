/**
 * The document information of a rendered PDF. Chromium writes the title (from
 * <title>) and the language, but no author, subject or keywords; pdf-lib adds
 * them after rendering. It rewrites the file's objects as they are, so the
 * structure tree of the tagged PDF and its outline are kept (the PDF tests
 * check "Tagged: yes" on the result).
 */
import { PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
	title: string;
	subject: string;
	author: string;
	keywords: string[];
	/** BCP 47, e.g. "en". */
	language: string;
}

/** Returns the PDF with its metadata set, and its page count. */
export async function setPdfMetadata(
	pdf: Uint8Array,
	meta: PdfMetadata
): Promise<{ bytes: Uint8Array; pages: number }> {
	// updateMetadata: false keeps Chromium as Creator/Producer and the creation date it wrote.
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	doc.setTitle(meta.title, { showInWindowTitleBar: true });
	doc.setSubject(meta.subject);
	doc.setAuthor(meta.author);
	doc.setKeywords(meta.keywords);
	doc.setLanguage(meta.language);
	doc.setModificationDate(new Date());
	return { bytes: await doc.save(), pages: doc.getPageCount() };
}
