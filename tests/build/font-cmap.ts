/**
 * The characters a WOFF or WOFF 2 font has glyphs for, read from its `cmap`
 * table (formats 4 and 12, the ones fonts for the web carry), so tests can
 * tell whether a character would be drawn in the font or in a fallback face.
 */
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, inflateSync } from 'node:zlib';

/** WOFF 2's table directory names the first 63 known tables by number; cmap is 0, glyf 10, loca 11. */
const CMAP = 0;
const GLYF_LOCA = [10, 11];

/** A UIntBase128 of WOFF 2 at `at`: its value and where the next field starts. */
function base128(data: Buffer, at: number): [number, number] {
	let value = 0;
	for (let i = 0; i < 5; i++) {
		const byte = data[at + i];
		value = value * 128 + (byte & 0x7f);
		if (!(byte & 0x80)) return [value, at + i + 1];
	}
	throw new Error('bad UIntBase128');
}

/** The cmap table of a WOFF 2 file: all tables are one Brotli stream, in the directory's order. */
function woff2Cmap(woff2: Buffer): Buffer {
	const count = woff2.readUInt16BE(12);
	let at = 48;
	let offset = 0;
	for (let i = 0; i < count; i++) {
		const flags = woff2[at++];
		const known = flags & 0x3f;
		const version = flags >> 6;
		if (known === 63) at += 4;
		let length;
		[length, at] = base128(woff2, at);
		const transformed = GLYF_LOCA.includes(known) ? version === 0 : version !== 0;
		if (transformed) [length, at] = base128(woff2, at);
		if (known === CMAP) {
			const stream = brotliDecompressSync(woff2.subarray(at + skipRest(woff2, at, count - i - 1)));
			return stream.subarray(offset, offset + length);
		}
		offset += length;
	}
	throw new Error('no cmap table');
}

/** How many bytes the directory entries after `at` take (so the Brotli stream can be found). */
function skipRest(woff2: Buffer, at: number, entries: number): number {
	const start = at;
	for (let i = 0; i < entries; i++) {
		const flags = woff2[at++];
		if ((flags & 0x3f) === 63) at += 4;
		[, at] = base128(woff2, at);
		const transformed = GLYF_LOCA.includes(flags & 0x3f) ? flags >> 6 === 0 : flags >> 6 !== 0;
		if (transformed) [, at] = base128(woff2, at);
	}
	return at - start;
}

function table(woff: Buffer, tag: string): Buffer {
	if (woff.toString('latin1', 0, 4) === 'wOF2' && tag === 'cmap') return woff2Cmap(woff);
	if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF file');
	const count = woff.readUInt16BE(12);
	for (let i = 0; i < count; i++) {
		const entry = 44 + i * 20;
		if (woff.toString('latin1', entry, entry + 4) !== tag) continue;
		const [offset, compressed, length] = [4, 8, 12].map((at) => woff.readUInt32BE(entry + at));
		const data = woff.subarray(offset, offset + compressed);
		return compressed < length ? inflateSync(data) : data;
	}
	throw new Error(`no ${tag} table`);
}

function format4(cmap: Buffer, at: number, chars: Set<number>) {
	const segments = cmap.readUInt16BE(at + 6) / 2;
	const ends = at + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	for (let s = 0; s < segments; s++) {
		const [end, start] = [cmap.readUInt16BE(ends + s * 2), cmap.readUInt16BE(starts + s * 2)];
		const delta = cmap.readInt16BE(deltas + s * 2);
		const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
		for (let c = start; c <= end && c !== 0xffff; c++) {
			const index = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
			const glyph = rangeOffset === 0 ? (c + delta) & 0xffff : cmap.readUInt16BE(index);
			if (glyph !== 0) chars.add(c);
		}
	}
}

function format12(cmap: Buffer, at: number, chars: Set<number>) {
	const groups = cmap.readUInt32BE(at + 12);
	for (let g = 0; g < groups; g++) {
		const group = at + 16 + g * 12;
		const [start, end] = [cmap.readUInt32BE(group), cmap.readUInt32BE(group + 4)];
		for (let c = start; c <= end; c++) chars.add(c);
	}
}

/** The characters the font at `file` (WOFF 1 or 2) maps to a glyph. */
export function fontCharacters(file: string): Set<string> {
	const cmap = table(readFileSync(file), 'cmap');
	const codes = new Set<number>();
	for (let i = 0; i < cmap.readUInt16BE(2); i++) {
		const at = cmap.readUInt32BE(4 + i * 8 + 4);
		const format = cmap.readUInt16BE(at);
		if (format === 4) format4(cmap, at, codes);
		else if (format === 12) format12(cmap, at, codes);
	}
	return new Set([...codes].map((code) => String.fromCodePoint(code)));
}
