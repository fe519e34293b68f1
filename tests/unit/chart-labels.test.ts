import { describe, expect, it } from 'vitest';
import { parseContent } from '$lib/content/parse';
import { readContentFiles } from '$lib/server/content';

const files = readContentFiles();
const FILE = 'en/charts.yaml';

describe('words inside the charts (content/en/charts.yaml, labels)', () => {
	it('reads them', () =>
		expect(parseContent(files).chartLabels).toMatchObject({
			breaches: { axisNote: expect.stringMatching(/logarithmic/i) },
			toolbox: { softer: expect.any(String), harder: expect.any(String) },
			map: { count: expect.stringContaining('{count}') },
			threats: { firstCount: expect.stringContaining('{count}') }
		}));

	it.each([
		['the log-scale note', '    axisNote:', /"labels", field "breaches"/],
		['the ladder’s softer end', '    softer:', /"labels", field "toolbox", field "softer": required/],
		['the map’s count', '    count:', /"labels", field "map"/]
	])('names the file and field when %s is missing', (_name, key, message) => {
		const text = files[FILE].split('\n')
			.filter((l) => !l.startsWith(key))
			.join('\n');
		expect(() => parseContent({ ...files, [FILE]: text })).toThrow(message);
		expect(() => parseContent({ ...files, [FILE]: text })).toThrow(/content\/en\/charts\.yaml/);
	});
});
