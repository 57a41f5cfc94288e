// Stage 2: split an article into paragraphs (its lines) and sentences, keeping offsets into the
// stored text so that text.slice(start, end) gives each passage back exactly.
import type { Sentence, Span } from '../types';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
	'mr mrs ms dr st no gen lt col maj capt sgt prof jan feb mar apr jun jul aug sep sept oct nov dec vs etc approx est'.split(' ')
);

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A line that is only a date ("May 31, 2023", "13 September 2022"): a date line, not reporting. */
const DATE_LINE = new RegExp(`^\\s*(?:\\w+day,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*$`, 'i');

/** Paragraphs: each non-blank line, trimmed of surrounding white space. */
export function splitParagraphs(text: string): Span[] {
	const out: Span[] = [];
	let lineStart = 0;
	while (lineStart <= text.length) {
		let i = text.indexOf('\n', lineStart);
		if (i < 0) i = text.length;
		let s = lineStart;
		let e = i;
		while (s < e && /\s/.test(text[s])) s++;
		while (e > s && /\s/.test(text[e - 1])) e--;
		if (e > s) out.push({ start: s, end: e });
		lineStart = i + 1;
	}
	return out;
}

/**
 * Sentences of an article, each with its paragraph number and whether it is a heading
 * (a title, caption, date line or other line that is not running text).
 *
 * @example
 * splitSentences('Title\n\nIt rained. Then it stopped.') // 3 sentences, the first a heading
 */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	splitParagraphs(text).forEach((para, paragraph) => {
		const body = text.slice(para.start, para.end);
		const spans = sentenceSpans(body).map((s) => ({ start: para.start + s.start, end: para.start + s.end }));
		// A line without a final full stop is a heading, however many sentences it has ("Home » World » Weak RF. Why…"), unless it ends in a caption.
		const heading = isHeading(body) && !spans.some((span) => isCaption(text.slice(span.start, span.end)));
		for (const span of spans) {
			const sentence = text.slice(span.start, span.end);
			out.push({ ...span, paragraph, heading: heading || isCaption(sentence) });
		}
	});
	return out;
}

function sentenceSpans(body: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	const boundary = /[.!?…]+["'”’»)]*(?=\s+["'“‘«(]?[\p{Lu}\p{N}–—-])/gu;
	for (const m of body.matchAll(boundary)) {
		const end = m.index! + m[0].length;
		const lastWord = wordBefore(body, m.index!);
		if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(lastWord)) continue;
		push(spans, body, start, end);
		start = end;
	}
	push(spans, body, start, body.length);
	return spans;
}

/** The letters and dots just before `end` (the word a full stop follows). */
function wordBefore(body: string, end: number): string {
	let i = end;
	while (i > 0 && (body[i - 1] === '.' || /\p{L}/u.test(body[i - 1]))) i--;
	return body.slice(i, end);
}

function isAbbreviation(word: string): boolean {
	if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true; // initials: U.S, a.m
	return ABBREVIATIONS.has(word.toLowerCase());
}

function push(spans: Span[], body: string, start: number, end: number): void {
	while (start < end && /\s/.test(body[start])) start++;
	while (end > start && /\s/.test(body[end - 1])) end--;
	if (end > start) spans.push({ start, end });
}

/** A short line without a full stop (a title or section heading), a bullet-less date line. */
function isHeading(line: string): boolean {
	if (DATE_LINE.test(line)) return true;
	const words = line.split(/\s+/).length;
	return words <= 14 && !/[.!?…]["'”’»)]*$/u.test(line.trim());
}

/** Photo captions and credits, "Read more:" links and similar furniture around an article. */
function isCaption(sentence: string): boolean {
	return /\bPhoto:|\/(?:AP|AFP|Getty Images|Reuters)\b|^Read more:|^See also\b|^\(?Contributor\//u.test(sentence);
}

/** Whether a line is a date line: a line that gives only a date, which is never the date of the events. */
export function isDateLine(line: string): boolean {
	return DATE_LINE.test(line);
}
