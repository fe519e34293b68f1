/**
 * Checks on build/index.html as a reader without JavaScript gets it: the
 * prerendered HTML alone must hold the whole story.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';
import { formatDate, formatFigure } from '$lib/content/format';

const file = 'build/index.html';
if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before these tests.`);
const html = readFileSync(file, 'utf8');
const content = parseContent(readContentFiles());

/** Text as a reader sees it: tags dropped, entities decoded, white space folded. */
function textOf(fragment: string): string {
	return fragment
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		// As HTML folds it: its own white space, not the no-break spaces the words keep.
		.replace(/[ \t\n\r\f]+/g, ' ');
}
const pageText = textOf(html);

describe('build/index.html without JavaScript', () => {
	it.each(content.incidents.map((i) => [i.label, i] as const))(
		'shows %s with its place, date and figures in one block',
		(_label, incident) => {
			const block = html.match(new RegExp(`<article[^>]*id="incident-${incident.id}"[\\s\\S]*?</article>`));
			expect(block, `no block with id incident-${incident.id}`).not.toBeNull();
			const text = textOf(block![0]);
			expect(text).toContain(incident.label);
			expect(text).toContain(incident.place);
			expect(text).toContain(formatDate(incident.date));
			expect(text).toContain(incident.caption);
			for (const figure of incident.figures) expect(text).toContain(formatFigure(figure, content.numbers));
		}
	);

	it('shows every threat, the headline figures and the data line', () => {
		for (const threat of content.threats) {
			expect(pageText).toContain(threat.name);
			expect(pageText).toContain(threat.description);
		}
		expect(pageText).toContain('67%');
		expect(pageText).toContain('$13m');
		expect(pageText).toContain(content.dataLine);
	});

	it('shows the cost, the three roles, the seven instruments, the three norms and the confidence-building measures', () => {
		const { cost, eu } = content.story;
		for (const paragraph of cost.paragraphs) expect(pageText).toContain(paragraph);
		for (const role of eu.roles) {
			expect(pageText).toContain(role.title);
			for (const point of role.points) expect(pageText).toContain(point);
		}
		for (const item of eu.toolbox.items) expect(pageText).toContain(item.text);
		for (const norm of eu.norms.items) expect(pageText).toContain(norm);
		for (const measure of eu.confidence.items) expect(pageText).toContain(measure.name);
	});

	it('shows every note where the public record differs', () => {
		for (const incident of content.incidents.filter((i) => i.note)) expect(pageText).toContain(incident.note);
	});

	it('says it is an independent retelling, not an official EU site', () => {
		expect(pageText).toContain(content.story.meta.credit);
	});
});
