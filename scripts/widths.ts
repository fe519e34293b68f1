/** `npm run widths`: measure the charts' characters in their fonts again, after new words bring new ones. */
import { writeFileSync } from 'node:fs';
import { ADVANCE_WIDTHS_FILE, measureAdvanceWidths } from './lib/advance-widths.ts';

try {
	const table = await measureAdvanceWidths();
	// One character a line, as the formatter keeps it.
	const lines = Object.entries(table).map(
		([c, [regular, bold]]) => `\t${JSON.stringify(c)}: [${regular}, ${bold}]`
	);
	writeFileSync(ADVANCE_WIDTHS_FILE, `{\n${lines.join(',\n')}\n}\n`);
	console.log(`✓ ${ADVANCE_WIDTHS_FILE}: ${Object.keys(table).length} characters`);
} catch (error) {
	console.error(`✗ ${error instanceof Error ? error.message : error}`);
	process.exit(2);
}
