import { ContentError } from '$lib/content/parse';

/** The problems a content parse reports, or none when it passes. */
export function problemsOf(parse: () => unknown): string[] {
	try {
		parse();
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
	return [];
}
