// Stage 3: find the place names of an article (exact names, aliases, close misspellings) and
// resolve names that several places share from their context.
import type { Place, Sentence } from '../types';
import type { GazetteerIndex, NameEntry } from './gazetteer';
import { deletionVariants } from './gazetteer';
import { spellingKey } from './spellings';
import { distanceKm, editDistance, fold, tokenize, type Token } from './text';

export interface FoundMention {
	start: number;
	end: number;
	surface: string;
	/** Index of the sentence it is in. */
	sentence: number;
	place: Place | null;
	match: 'exact' | 'alias' | 'fuzzy';
	confidence: number;
}

export interface MentionOptions {
	text: string;
	sentences: Sentence[];
	index: GazetteerIndex;
	/** Folded words that are never place names (party markers, people, outlets, calendar words). */
	notPlaces: Set<string>;
	/**
	 * The side whose account the article gives, when the caller knows it. Without it the side is read
	 * from the article's own names for contested places (Khankendi → AZ, Stepanakert → AM).
	 */
	side?: 'AM' | 'AZ' | null;
}

/** Words that introduce a place, or a list of places, when followed by a capitalised word. */
const LOCATIVE = /\b(?:in|near|at|from|to|towards?|around|outside|of|village|town|city|district|region|settlements?)\s*$/i;
/** What may stand between the words of one name: spaces and hyphens, and the en or em dash of a
 * two-ended name ("Goris–Kapan road", "Goris — Kapan road"), which typeset text prints for the hyphen. */
const NAME_JOIN = /^(?:[\s\-‐‑]+|\s*[–—]\s*)$/;
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
const cache = new WeakMap<GazetteerIndex, Map<string, { key: string; d: number }[]>>();

/**
 * Finds and resolves the place mentions of one article.
 *
 * @example
 * findMentions({ text, sentences: splitSentences(text), index, notPlaces })
 */
export function findMentions({ text, sentences, index, notPlaces, side }: MentionOptions): FoundMention[] {
	const raw: { m: FoundMention; entries: NameEntry[]; fuzzy: { key: string; d: number }[] }[] = [];
	sentences.forEach((sentence, si) => {
		const tokens = tokenize(text.slice(sentence.start, sentence.end), sentence.start);
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i];
			if (!t.capitalised) continue;
			const hit = longestName(text, tokens, i, index);
			if (hit) {
				const last = tokens[i + hit.words - 1];
				const end = last.end - (/['’]s$/u.test(last.text) ? 2 : 0);
				const exact = hit.entries.some((e) => e.match === 'exact');
				raw.push({
					m: { start: t.start, end, surface: text.slice(t.start, end), sentence: si, place: null, match: exact ? 'exact' : 'alias', confidence: exact ? 1 : 0.95 },
					entries: exact ? hit.entries.filter((e) => e.match === 'exact') : hit.entries,
					fuzzy: []
				});
				i += hit.words - 1;
				continue;
			}
			if (notPlaces.has(t.key) || (i === 0 && t.key.length < 5)) continue;
			// Adjectives of nationality or region ("Caucasian", "Iranian") name peoples, not places.
			if (/(?:ian|ians|ean|eans|ese|ish)$/.test(t.key) && !isInPlaceList(text, tokens, i, index)) continue;
			const inList = isInPlaceList(text, tokens, i, index);
			const minLength = inList ? 3 : 4;
			if (t.key.length < minLength) continue;
			const fuzzy = fuzzyCandidates(t.key, index);
			const end = t.end - (/['’]s$/u.test(t.text) ? 2 : 0);
			if (fuzzy.length > 0) {
				raw.push({ m: { start: t.start, end, surface: text.slice(t.start, end), sentence: si, place: null, match: 'fuzzy', confidence: 0 }, entries: [], fuzzy });
			} else if (!sentence.heading && (inList || (i > 0 && LOCATIVE.test(text.slice(Math.max(sentence.start, t.start - 40), t.start))))) {
				// A likely place name that matched nothing: listed for the gazetteer editors.
				raw.push({ m: { start: t.start, end, surface: text.slice(t.start, end), sentence: si, place: null, match: 'fuzzy', confidence: 0 }, entries: [], fuzzy: [] });
			}
		}
	});

	// Places named unambiguously anchor the resolution of the rest.
	const anchors = raw.filter((r) => r.entries.length === 1).map((r) => ({ place: r.entries[0].place, sentence: r.m.sentence }));
	const speaker = side === undefined ? sideOfNames(raw.filter((r) => r.entries.length === 1).map((r) => ({ surface: r.m.surface, place: r.entries[0].place }))) : side;
	const namedInArticle = new Set(anchors.map((a) => a.place.id));
	for (const r of raw) {
		if (r.entries.length === 1) r.m.place = r.entries[0].place;
		else if (r.entries.length > 1) {
			const { place, margin } = bestByContext(r.entries.map((e) => e.place), r.m, anchors, sentences, text, speaker);
			r.m.place = place;
			r.m.confidence = margin > 0 ? 0.85 : 0.5;
		} else if (r.fuzzy.length > 0) {
			const options = r.fuzzy.flatMap(({ key, d }) => index.names.get(key)!.map((e) => ({ place: e.place, d })));
			// A misspelling most likely means a place the same article names correctly elsewhere.
			options.sort((a, b) => Number(namedInArticle.has(b.place.id)) - Number(namedInArticle.has(a.place.id)) || a.d - b.d);
			const top = options.filter((o) => o.d === options[0].d && namedInArticle.has(o.place.id) === namedInArticle.has(options[0].place.id));
			const { place, margin } = bestByContext(unique(top.map((o) => o.place)), r.m, anchors, sentences, text, speaker);
			const prior = namedInArticle.has(place.id);
			r.m.place = place;
			r.m.confidence = round2(Math.max(0.3, 0.9 - 0.15 * (options[0].d - 1) - (r.m.surface.length < 5 ? 0.15 : 0) + (prior ? 0.05 : 0) - (margin > 0 || top.length === 1 ? 0 : 0.3)));
		}
	}
	return raw.map((r) => r.m);
}

function longestName(text: string, tokens: Token[], i: number, index: GazetteerIndex): { words: number; entries: NameEntry[] } | null {
	const longest = index.firstWords.has(tokens[i].key) ? Math.min(index.maxWords, tokens.length - i) : 1;
	for (let n = longest; n >= 1; n--) {
		let key = tokens[i].key;
		let joined = true;
		for (let k = 1; k < n && joined; k++) {
			joined = NAME_JOIN.test(text.slice(tokens[i + k - 1].end, tokens[i + k].start)) && !/['’]s$/u.test(tokens[i + k - 1].text);
			key += ' ' + tokens[i + k].key;
		}
		if (!joined) continue;
		const entries = index.names.get(key) ?? index.spellings.get(spellingKey(key));
		if (entries) return { words: n, entries };
	}
	return null;
}

/** A word between known places in a list ("Goris, Sok, and Jermuk"). */
function isInPlaceList(text: string, tokens: Token[], i: number, index: GazetteerIndex): boolean {
	const known = (t: Token | undefined) => !!t && t.capitalised && index.names.has(t.key);
	const before = tokens[i - 1];
	const after = tokens[i + 1];
	const joinedBefore = before && LIST_JOIN.test(text.slice(before.end, tokens[i].start)) && (known(before) || (before.key === 'and' && known(tokens[i - 2])));
	const joinedAfter = after && (LIST_JOIN.test(text.slice(tokens[i].end, after.start)) && known(after) || (after.key === 'and' && known(tokens[i + 2])));
	return !!(joinedBefore || joinedAfter);
}

function fuzzyCandidates(key: string, index: GazetteerIndex): { key: string; d: number }[] {
	let memo = cache.get(index);
	if (!memo) cache.set(index, (memo = new Map()));
	const known = memo.get(key);
	if (known) return known;
	const max = key.length >= 7 ? 2 : 1;
	const seen = new Set<string>();
	const out: { key: string; d: number }[] = [];
	for (const variant of deletionVariants(key, max)) {
		for (const name of index.deletions.get(variant) ?? []) {
			if (seen.has(name)) continue;
			seen.add(name);
			const limit = Math.min(max, name.length >= 7 ? 2 : 1);
			const d = editDistance(key, name, limit);
			if (d > 0 && d <= limit) out.push({ key: name, d });
		}
	}
	out.sort((a, b) => a.d - b.d || (a.key < b.key ? -1 : 1));
	memo.set(key, out);
	return out;
}

/**
 * The side an article speaks for, read from the names it uses for contested places: "Khankendi" and
 * "Basarkechar" are Azerbaijan's names, "Stepanakert" and "Martakert" Armenia's. Null when it uses
 * none, or both sides' names as often.
 */
export function sideOfNames(named: { surface: string; place: Place }[]): 'AM' | 'AZ' | null {
	let am = 0;
	let az = 0;
	for (const { surface, place } of named) {
		const c = place.contested_names;
		if (!c || spellingKey(fold(c.AM)) === spellingKey(fold(c.AZ))) continue;
		const key = spellingKey(fold(surface));
		if (key === spellingKey(fold(c.AM))) am += 1;
		else if (key === spellingKey(fold(c.AZ))) az += 1;
	}
	return am > az ? 'AM' : az > am ? 'AZ' : null;
}

/** Whether the speaking side would call this place by this name (false: it has another name for it). */
function sideUsesName(place: Place, surface: string, side: 'AM' | 'AZ' | null): boolean {
	if (!side || !place.contested_names) return true;
	const own = place.contested_names[side];
	const other = place.contested_names[side === 'AM' ? 'AZ' : 'AM'];
	const key = spellingKey(fold(surface));
	return !(key === spellingKey(fold(other)) && key !== spellingKey(fold(own)));
}

/**
 * Picks, among places sharing a name, the one that fits the context, by three rules in order:
 * 1. the sentence: places named unambiguously in it within 60 km, and the candidate's district or
 *    province named in it;
 * 2. the side speaking: a name the speaking side does not use for a candidate (an Azerbaijani
 *    source says Khojavend, not Martuni, for the Karabakh town) counts against it;
 * 3. the paragraph, then the article: places named in them within 60 km.
 */
function bestByContext(
	candidates: Place[],
	m: FoundMention,
	anchors: { place: Place; sentence: number }[],
	sentences: Sentence[],
	text: string,
	side: 'AM' | 'AZ' | null = null
): { place: Place; margin: number } {
	const sentenceText = text.slice(sentences[m.sentence].start, sentences[m.sentence].end).toLowerCase();
	// Evidence by closeness: the sentence decides; the paragraph, then the article, only break its ties.
	const scored = candidates.map((place) => {
		// [sentence, side, paragraph, article]
		const score = [0, 0, 0, 0];
		for (const a of anchors) {
			if (a.place.id === place.id || a.place.kind === 'country' || a.place.kind === 'region') continue;
			const level = a.sentence === m.sentence ? 0 : sentences[a.sentence].paragraph === sentences[m.sentence].paragraph ? 2 : 3;
			if (distanceKm(a.place, place) <= 60) score[level] += 1;
		}
		const units = [place.admin, (place as { district?: string | null }).district, (place as { province?: string | null }).province];
		if (units.some((u) => u && sentenceText.includes(u.toLowerCase()))) score[0] += 2;
		if (!sideUsesName(place, m.surface, side)) score[1] -= 1;
		return { place, score, penalty: place.context_only ? 1 : 0 };
	});
	const compare = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
		b.score[0] - a.score[0] || b.score[1] - a.score[1] || b.score[2] - a.score[2] || b.score[3] - a.score[3] || a.penalty - b.penalty;
	scored.sort((a, b) => compare(a, b) || (a.place.rank ?? 9) - (b.place.rank ?? 9) || (a.place.id < b.place.id ? -1 : 1));
	const margin = scored.length > 1 ? (compare(scored[0], scored[1]) < 0 ? 1 : 0) : 1;
	return { place: scored[0].place, margin };
}

function unique<T>(xs: T[]): T[] {
	return [...new Set(xs)];
}

function round2(x: number): number {
	return Math.round(x * 100) / 100;
}
