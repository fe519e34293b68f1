/** `npm run widths`: measure the charts' characters in their fonts again, after new words bring new ones. */
import { writeFileSync } from 'node:fs';
import { ADVANCE_WIDTHS_FILE, measureAdvanceWidths } from './lib/advance-widths.ts';

try {
	const { table, unmeasured } = await measureAdvanceWidths();
	if (unmeasured.length)
		throw new Error(
			`no chart font has ${unmeasured.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}. ` +
				'Write another character, or add a font that has it to scripts/lib/advance-widths.ts and src/lib/styles/web-fonts.css.'
		);
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
