// Stage 1: turn the bytes of seeds/ID.txt and the entries of seeds/sources.json into articles.
import type { Article, SourceMeta } from '../types';
import { InputError, lineAt } from './errors';

/** Articles larger than this are refused: a news article is a few kilobytes, and the build reads every one. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const EMPTY_META: SourceMeta = { title: null, outlet: null, url: null, published: null, language: null, notes: null };
const META_KEYS = Object.keys(EMPTY_META) as (keyof SourceMeta)[];

/**
 * Decodes an article file; throws an InputError when it is too large, binary, not valid UTF-8, or
 * empty. The text is normalised so that the same article always reads the same: no byte-order
 * mark, line ends as "\n" (Windows "\r\n" and old Mac "\r"), and letters in composed form (NFC:
 * "ə" written as e + combining mark becomes one letter). Offsets index this normalised text, which
 * is the text the site stores and shows.
 *
 * @example
 * decodeArticle({ id: '000_x', file: 'seeds/000_x.txt', bytes: readFileSync(path), meta: null })
 */
export function decodeArticle({ id, file, bytes, meta }: { id: string; file: string; bytes: Uint8Array; meta: SourceMeta | null }): Article {
	if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id)) throw new InputError(file, null, `article id "${id}" must be letters, digits, "_", "-" or "."`);
	if (bytes.length > MAX_ARTICLE_BYTES) throw new InputError(file, null, `too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB; an article may be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`);
	const nul = bytes.indexOf(0);
	if (nul >= 0) throw new InputError(file, lineOfByte(bytes, nul), `binary file (a NUL byte at byte ${nul}); articles must be plain UTF-8 text`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const bad = firstInvalidUtf8(bytes);
		throw new InputError(file, lineOfByte(bytes, bad), `not valid UTF-8 (byte ${bad}: 0x${bytes[bad]?.toString(16).padStart(2, '0')})`);
	}
	text = normaliseText(text);
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
		if (meta.published && !isRealDate(meta.published)) {
			throw new InputError(file, line, `entry "${id}": "published" must be a date YYYY-MM-DD, got "${meta.published}"`);
		}
		if (meta.url && !/^https?:\/\//.test(meta.url)) throw new InputError(file, line, `entry "${id}": "url" must be an http(s) URL`);
		out[id] = meta;
	}
	return out;
}

/**
 * The text as the pipeline reads and the site stores it: no byte-order mark, "\n" line ends, NFC.
 *
 * @example
 * normaliseText('\uFEFFK\u0259lb\u0259c\u0259r\r\n') // 'Kəlbəcər\n'
 */
export function normaliseText(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Articles whose text is the same as an earlier one's: the same report must not count twice. */
export function duplicateOf(articles: { id: string; file: string; text: string }[], article: { text: string }): string | null {
	const same = articles.find((a) => a.text === article.text);
	return same ? same.file : null;
}

/** A calendar date that exists: 2022-09-13, not 2022-02-30 or 2022-13-01. */
function isRealDate(s: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
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
