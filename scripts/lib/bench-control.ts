/**
 * A control page for the benchmark: one heading and one paragraph, with no
 * script, stylesheet, font or image. Lighthouse measures it exactly as it
 * measures the site, so whatever blocking time it reports there belongs to the
 * machine (Chromium's own start-up work for each page, slowed 4× in the
 * simulation), not to any page. Read beside the site's figures, it shows how
 * finely this machine can measure at all.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScrollPath } from './bench-scroll.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';

export const CONTROL_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Control page</title>
<meta name="description" content="A page with nothing to load, measured beside the site.">
</head>
<body><main><h1>Control page</h1><p>One heading and one paragraph: no script, no stylesheet, no font.</p></main></body>
</html>
`;

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The story's text as a plain page, as long as the story (`path.height`): the scroll's control.
 * Only its height is styled, so that a scroll can rest where the story's rested.
 */
export const plainPage = (path: ScrollPath): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plain page</title>
</head>
<body style="min-height: ${Math.ceil(path.height)}px"><main>
${path.texts.map((text) => `<p>${escaped(text)}</p>`).join('\n')}
</main></body>
</html>
`;

/**
 * Serves the control page at the returned server's `/`, and any `pages` beside it by name, from
 * a temporary folder (`root`), which close() removes.
 */
export async function startControlServer(
	pages: Record<string, string> = {}
): Promise<RunningServer & { root: string }> {
	const root = mkdtempSync(join(tmpdir(), 'bench-control-'));
	writeFileSync(join(root, 'index.html'), CONTROL_PAGE);
	for (const [name, html] of Object.entries(pages)) writeFileSync(join(root, name), html);
	const server = await startStaticServer(root, 0);
	return {
		...server,
		root,
		close: async () => {
			await server.close();
			rmSync(root, { recursive: true, force: true });
		}
	};
}
