// WOFF 1.0 → TrueType/OpenType (sfnt), so resvg can use the font files that ship with the site.
// resvg reads sfnt only; @fontsource ships .woff/.woff2. WOFF 1.0 is zlib per table:
// https://www.w3.org/TR/WOFF/#OverallStructure
import { inflateSync } from 'node:zlib';

/**
 * Unpacks a WOFF 1.0 font into the sfnt bytes it wraps.
 *
 * @example
 * writeFileSync('font.ttf', woffToSfnt(readFileSync('noto-sans-latin-400-normal.woff')))
 */
export function woffToSfnt(woff: Buffer): Buffer {
	if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 file (signature is not wOFF).');
	const flavor = woff.readUInt32BE(4);
	const numTables = woff.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const at = 44 + i * 20;
		const offset = woff.readUInt32BE(at + 4);
		const compLength = woff.readUInt32BE(at + 8);
		const origLength = woff.readUInt32BE(at + 12);
		const packed = woff.subarray(offset, offset + compLength);
		const data = compLength < origLength ? inflateSync(packed) : packed;
		if (data.length !== origLength) throw new Error(`WOFF table ${i} unpacks to ${data.length} bytes, expected ${origLength}.`);
		return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data };
	});

	const entrySelector = Math.floor(Math.log2(numTables));
	const searchRange = 2 ** entrySelector * 16;
	const header = Buffer.alloc(12 + numTables * 16);
	header.writeUInt32BE(flavor, 0);
	header.writeUInt16BE(numTables, 4);
	header.writeUInt16BE(searchRange, 6);
	header.writeUInt16BE(entrySelector, 8);
	header.writeUInt16BE(numTables * 16 - searchRange, 10);

	const chunks: Buffer[] = [header];
	let offset = header.length;
	tables.forEach((t, i) => {
		header.writeUInt32BE(t.tag, 12 + i * 16);
		header.writeUInt32BE(t.checksum, 12 + i * 16 + 4);
		header.writeUInt32BE(offset, 12 + i * 16 + 8);
		header.writeUInt32BE(t.data.length, 12 + i * 16 + 12);
		const padded = Buffer.alloc((t.data.length + 3) & ~3);
		t.data.copy(padded);
		chunks.push(padded);
		offset += padded.length;
	});
	return Buffer.concat(chunks);
}
