// Stage 1: turn the bytes of seeds/ID.txt and the entries of seeds/sources.json into articles.
import type { Article, SourceMeta } from '../types';
import { InputError, lineAt } from './errors';

const EMPTY_META: SourceMeta = { title: null, outlet: null, url: null, published: null, language: null, notes: null };
const META_KEYS = Object.keys(EMPTY_META) as (keyof SourceMeta)[];

/**
 * Decodes an article file; throws an InputError when it is binary, not valid UTF-8, or empty.
 *
 * @example
 * decodeArticle({ id: '000_x', file: 'seeds/000_x.txt', bytes: readFileSync(path), meta: null })
 */
export function decodeArticle({ id, file, bytes, meta }: { id: string; file: string; bytes: Uint8Array; meta: SourceMeta | null }): Article {
	if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id)) throw new InputError(file, null, `article id "${id}" must be letters, digits, "_", "-" or "."`);
	const nul = bytes.indexOf(0);
	if (nul >= 0) throw new InputError(file, lineOfByte(bytes, nul), `binary file (a NUL byte at byte ${nul}); articles must be plain UTF-8 text`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const bad = firstInvalidUtf8(bytes);
		throw new InputError(file, lineOfByte(bytes, bad), `not valid UTF-8 (byte ${bad}: 0x${bytes[bad]?.toString(16).padStart(2, '0')})`);
	}
	const control = /[\u0001-\u0008\u000E-\u001F\u007F]/.exec(text);
	if (control) throw new InputError(file, lineAt(text, control.index), `binary content (control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')})`);
	if (!text.trim()) throw new InputError(file, 1, 'the article is empty');
	return { id, file, text, meta: meta ?? { ...EMPTY_META } };
}

/** Parses and checks seeds/sources.json: `{ "<article id>": { title, outlet, url, published, language, notes } }`. */
export function parseSources(text: string, file: string): Record<string, SourceMeta> {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new InputError(file, null, `not valid JSON (${(e as Error).message})`);
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) throw new InputError(file, 1, 'expected an object keyed by article id');
	const out: Record<string, SourceMeta> = {};
	for (const [id, entry] of Object.entries(data as Record<string, Record<string, unknown>>)) {
		const line = lineAt(text, Math.max(0, text.indexOf(JSON.stringify(id))));
		if (!entry || typeof entry !== 'object') throw new InputError(file, line, `entry "${id}" is not an object`);
		for (const key of Object.keys(entry)) {
			if (!META_KEYS.includes(key as keyof SourceMeta)) throw new InputError(file, line, `entry "${id}": unknown field "${key}" (expected ${META_KEYS.join(', ')})`);
		}
		const meta = { ...EMPTY_META };
		for (const key of META_KEYS) {
			const v = entry[key];
			if (v !== undefined && v !== null && typeof v !== 'string') throw new InputError(file, line, `entry "${id}": "${key}" must be a string or null`);
			meta[key] = (v as string | null | undefined) ?? null;
		}
		if (meta.published && !/^\d{4}-\d{2}-\d{2}$/.test(meta.published)) {
			throw new InputError(file, line, `entry "${id}": "published" must be a date YYYY-MM-DD, got "${meta.published}"`);
		}
		if (meta.url && !/^https?:\/\//.test(meta.url)) throw new InputError(file, line, `entry "${id}": "url" must be an http(s) URL`);
		out[id] = meta;
	}
	return out;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
	let line = 1;
	for (let i = 0; i < index; i++) if (bytes[i] === 10) line++;
	return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i];
		const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
		if (len === 0) return i;
		for (let k = 1; k < len; k++) if (i + k >= bytes.length || bytes[i + k] >> 6 !== 2) return i;
		i += len;
	}
	return 0;
}
