// Text normalisation shared by the matching stages: folding, tokens, edit distance.

const LETTER_MAP: Record<string, string> = { ə: 'e', ı: 'i', ł: 'l', ø: 'o', ß: 'ss', đ: 'd', ħ: 'h' };

/**
 * Folds a name for comparison: lower case, no diacritics, Azerbaijani ə→e and ı→i,
 * apostrophes dropped, hyphens and runs of spaces as one space.
 *
 * @example
 * fold("Kəlbəcər") // 'kelbecer'
 * fold("Sotk'")    // 'sotk'
 */
export function fold(s: string): string {
	let folded = FOLDED.get(s);
	if (folded === undefined) {
		folded = foldUncached(s);
		if (FOLDED.size > 200_000) FOLDED.clear(); // bounded: words repeat, so a small cache covers most of a corpus
		FOLDED.set(s, folded);
	}
	return folded;
}

const FOLDED = new Map<string, string>();

function foldUncached(s: string): string {
	return s
		.toLowerCase()
		.replace(/[əıłøßđħ]/g, (c) => LETTER_MAP[c])
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/['’‘`ʼ]/g, '')
		.replace(/[-‐‑–\s]+/g, ' ')
		.trim();
}

/** A word of a text with its offsets. */
export class Token {
	#key: string | undefined;
	constructor(
		/** The word as written. */
		readonly text: string,
		readonly start: number,
		readonly end: number,
		readonly capitalised: boolean
	) {}

	/** Folded form, without a possessive 's (computed when first asked: most words are never looked up). */
	get key(): string {
		return (this.#key ??= fold(this.text.replace(/['’]s$/u, '')));
	}
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Words of a text with their offsets; a possessive ’s is kept in `text` but dropped from `key`. */
export function tokenize(text: string, offset = 0): Token[] {
	const tokens: Token[] = [];
	for (const m of text.matchAll(WORD)) {
		const raw = m[0];
		const c = raw.charCodeAt(0);
		const capitalised = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(raw);
		tokens.push(new Token(raw, offset + m.index!, offset + m.index! + raw.length, capitalised));
	}
	return tokens;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), with an
 * early exit: returns max + 1 as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const n = b.length;
	let prev2 = new Array<number>(n + 1).fill(0);
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	let cur = new Array<number>(n + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		cur[0] = i;
		let rowMin = cur[0];
		for (let j = 1; j <= n; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		[prev2, prev, cur] = [prev, cur, prev2];
	}
	return prev[n];
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(h));
}
