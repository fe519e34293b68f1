/**
 * The Latin fonts the packages ship have no glyph for the narrow no-break
 * space (U+202F), which French writes in every large number (3 000 000 000)
 * and before « ; : ! ? »; left alone, each one is drawn from a fallback face.
 * This gives the character the glyph of the thin space (U+2009), the same
 * width typographers give it, by adding it to the font's `cmap` table, and
 * hands back the font as a plain OpenType file for subsetting.
 */
import { inflateSync } from 'node:zlib';

interface Table {
	tag: string;
	data: Buffer;
}

/** The tables of a WOFF 1 file, uncompressed, and the font's flavour (OpenType or TrueType). */
function readWoff(woff: Buffer): { flavor: number; tables: Table[] } {
	if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('font-alias: not a WOFF file');
	const tables: Table[] = [];
	for (let i = 0; i < woff.readUInt16BE(12); i++) {
		const entry = 44 + i * 20;
		const [offset, compressed, length] = [4, 8, 12].map((at) => woff.readUInt32BE(entry + at));
		const data = woff.subarray(offset, offset + compressed);
		tables.push({
			tag: woff.toString('latin1', entry, entry + 4),
			data: compressed < length ? inflateSync(data) : Buffer.from(data)
		});
	}
	return { flavor: woff.readUInt32BE(4), tables };
}

/** An OpenType file of the tables (checksums are left at zero: the subsetter recomputes them). */
function writeSfnt(flavor: number, tables: Table[]): Buffer {
	const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
	const power = 2 ** Math.floor(Math.log2(sorted.length));
	const header = Buffer.alloc(12 + sorted.length * 16);
	header.writeUInt32BE(flavor, 0);
	header.writeUInt16BE(sorted.length, 4);
	header.writeUInt16BE(power * 16, 6);
	header.writeUInt16BE(Math.log2(power), 8);
	header.writeUInt16BE(sorted.length * 16 - power * 16, 10);
	const parts: Buffer[] = [header];
	let offset = header.length;
	sorted.forEach(({ tag, data }, i) => {
		const record = 12 + i * 16;
		header.write(tag, record, 'latin1');
		header.writeUInt32BE(offset, record + 8);
		header.writeUInt32BE(data.length, record + 12);
		const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4);
		data.copy(padded);
		parts.push(padded);
		offset += padded.length;
	});
	return Buffer.concat(parts);
}

/** The format 4 subtable at `at` with `code` mapped to `glyph`, as a new subtable. */
function format4With(cmap: Buffer, at: number, code: number, glyph: number): Buffer {
	const count = cmap.readUInt16BE(at + 6) / 2;
	const length = cmap.readUInt16BE(at + 2);
	const array = (n: number) => at + 14 + n * (count * 2) + (n > 0 ? 2 : 0);
	const read = (n: number, s: number) => cmap.readUInt16BE(array(n) + s * 2);
	const segments = Array.from({ length: count }, (_, s) => ({
		end: read(0, s),
		start: read(1, s),
		delta: read(2, s),
		// Offsets into the glyph array count from the segment's own entry: one more segment before
		// the array moves it 2 bytes further from entries before the new one.
		range: read(3, s),
		index: s
	}));
	const k = segments.findIndex((s) => s.end >= code);
	if (segments[k].start <= code) throw new Error(`font-alias: U+${code.toString(16)} is already mapped`);
	for (const s of segments.slice(0, k)) if (s.range) s.range += 2;
	segments.splice(k, 0, { end: code, start: code, delta: (glyph - code) & 0xffff, range: 0, index: -1 });
	const glyphArray = cmap.subarray(array(3) + count * 2, at + length);
	const n = segments.length;
	const out = Buffer.alloc(16 + n * 8 + glyphArray.length);
	const power = 2 ** Math.floor(Math.log2(n));
	[4, out.length, cmap.readUInt16BE(at + 4), n * 2, power * 2, Math.log2(power), n * 2 - power * 2].forEach(
		(value, i) => out.writeUInt16BE(value, i * 2)
	);
	segments.forEach((s, i) => {
		out.writeUInt16BE(s.end, 14 + i * 2);
		out.writeUInt16BE(s.start, 16 + n * 2 + i * 2);
		out.writeUInt16BE(s.delta, 16 + n * 4 + i * 2);
		out.writeUInt16BE(s.range, 16 + n * 6 + i * 2);
	});
	glyphArray.copy(out, 16 + n * 8);
	return out;
}

/** The glyph a format 4 subtable maps `code` to (0: none). */
function glyphOf(cmap: Buffer, at: number, code: number): number {
	const count = cmap.readUInt16BE(at + 6) / 2;
	for (let s = 0; s < count; s++) {
		const end = cmap.readUInt16BE(at + 14 + s * 2);
		const start = cmap.readUInt16BE(at + 16 + count * 2 + s * 2);
		if (end < code || start > code) continue;
		const delta = cmap.readUInt16BE(at + 16 + count * 4 + s * 2);
		const entry = at + 16 + count * 6 + s * 2;
		const range = cmap.readUInt16BE(entry);
		const glyph = range ? cmap.readUInt16BE(entry + range + (code - start) * 2) : code;
		return glyph ? (glyph + delta) & 0xffff : 0;
	}
	return 0;
}

/** A cmap whose format 4 subtables also map `alias` to the glyph of `code`; other subtables are dropped. */
function cmapWithAlias(cmap: Buffer, code: number, alias: number): Buffer {
	const records: { platform: number; encoding: number; table: Buffer }[] = [];
	for (let i = 0; i < cmap.readUInt16BE(2); i++) {
		const record = 4 + i * 8;
		const at = cmap.readUInt32BE(record + 4);
		if (cmap.readUInt16BE(at) !== 4) continue;
		const glyph = glyphOf(cmap, at, code);
		if (!glyph) throw new Error(`font-alias: the font has no glyph for U+${code.toString(16)}`);
		records.push({
			platform: cmap.readUInt16BE(record),
			encoding: cmap.readUInt16BE(record + 2),
			table: format4With(cmap, at, alias, glyph)
		});
	}
	const head = Buffer.alloc(4 + records.length * 8);
	head.writeUInt16BE(records.length, 2);
	let offset = head.length;
	records.forEach(({ platform, encoding, table }, i) => {
		head.writeUInt16BE(platform, 4 + i * 8);
		head.writeUInt16BE(encoding, 6 + i * 8);
		head.writeUInt32BE(offset, 8 + i * 8);
		offset += table.length;
	});
	return Buffer.concat([head, ...records.map((r) => r.table)]);
}

export const THIN_SPACE = 0x2009;
export const NARROW_NO_BREAK_SPACE = 0x202f;

/** The WOFF font as an OpenType file in which U+202F is drawn as the thin space. */
export function withNarrowNoBreakSpace(woff: Buffer): Buffer {
	const { flavor, tables } = readWoff(woff);
	return writeSfnt(
		flavor,
		tables.map((t) =>
			t.tag === 'cmap' ? { tag: t.tag, data: cmapWithAlias(t.data, THIN_SPACE, NARROW_NO_BREAK_SPACE) } : t
		)
	);
}
