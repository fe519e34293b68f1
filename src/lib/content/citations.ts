/**
 * Citations as each edition writes them: one item of content/citations.yaml becomes one line,
 * "Publisher, “Title”, 1 June 2012", in the form the edition's `labels.citation` gives, on
 * every surface (cards, method, poster, data files).
 */
import type { Citation, Story } from './schema.ts';
import { fill, formatLongDate } from './format.ts';

/** A citation as a reader sees it: its line, and its public address where it has one. */
export interface Cited {
	id: string;
	text: string;
	url: string | null;
}

export function citeOne(citation: Citation, labels: Story['labels'], lang: string): Cited {
	const date = dateOf(citation, labels, lang);
	const text = citation.title
		? fill(labels.citation, {
				publisher: citation.publisher,
				title: citation.titles?.[lang] ?? citation.title,
				date
			})
		: fill(labels.citationUntitled, {
				publisher: citation.publisher,
				document: labels.documents[citation.document ?? ''] ?? '',
				date
			});
	return { id: citation.id, text, url: citation.url ?? null };
}

/** When it was published, or for a living page when it was read ("accessed 3 December 2026"). */
function dateOf(citation: Citation, labels: Story['labels'], lang: string) {
	if (citation.date) return formatLongDate(citation.date, lang);
	if (citation.accessed) return fill(labels.accessed, { date: formatLongDate(citation.accessed, lang) });
	// The content check refuses such a citation; this is only reached by content that skipped it.
	throw new Error(`citation "${citation.id}" has neither a date nor an accessed day`);
}

/** The citations of a list of ids, in its order (ids were checked against citations.yaml). */
export function cite(ids: string[], citations: Citation[], labels: Story['labels'], lang: string): Cited[] {
	return ids.flatMap((id) => {
		const citation = citations.find((c) => c.id === id);
		return citation ? [citeOne(citation, labels, lang)] : [];
	});
}
