// Stage 4c: who says it (the claimant) and whom the sentence names as having acted (the accused).
// The accused is only ever a side the text names as the agent: never "the other side" by default.
import type { Side } from '../types';
import { findSpeakers, type Actors, type Speaker } from './actors';
import { ACTION_NOUN, ACTION_VERB, SPEECH } from './lexicon';

const SPEECH_GLOBAL = new RegExp(SPEECH.source, 'g');

/**
 * The speakers a sentence attributes itself to: "according to X", "X said", "…, said X"; two for
 * "Both X and Y reported…" or "X said…, and Y said…", in the order of the text. Empty when it names none.
 *
 * @example
 * attribute('Armenia’s defence ministry said Azerbaijan shelled Goris.', 0, speakers) // [the ministry]
 */
export function attribute(sentence: string, offset: number, speakers: Speaker[]): Speaker[] {
	const found: Speaker[] = [];
	const add = (sp: Speaker) => {
		if (!found.some((f) => f === sp || (f.claimant === sp.claimant && f.name === sp.name))) found.push(sp);
	};
	for (const v of sentence.matchAll(SPEECH_GLOBAL)) {
		const at = offset + v.index!;
		const before = speakers.filter((sp) => sp.end <= at && at - sp.end <= 60 && !/[.;“"]/.test(sentence.slice(sp.end - offset, v.index!)));
		if (before.length) {
			const last = before[before.length - 1];
			// "Both Armenia and Azerbaijan reported…": two speakers, each for its side.
			const pair = before.length > 1 ? before[before.length - 2] : null;
			if (pair && pair.side && last.side && pair.side !== last.side && /\bboth\s+(?:the\s+)?$/i.test(sentence.slice(0, pair.start - offset)) && /^\s+and\s+(?:the\s+)?$/i.test(sentence.slice(pair.end - offset, last.start - offset))) add(pair);
			add(last);
			continue;
		}
		// Inverted attribution only: "…,” said the ministry", "…, said Foreign Minister X".
		const inverted = /[,”"’]\s*$/.test(sentence.slice(0, v.index!));
		const after = speakers.find((sp) => sp.start >= at + v[0].length && sp.start - (at + v[0].length) <= 20);
		if (after && inverted) add(after);
	}
	if (found.length) return found.sort((a, b) => a.start - b.start);
	const according = /\b(?:according to|citing|cited by|quoted by)\b/i.exec(sentence);
	if (according) {
		const at = offset + according.index! + according[0].length;
		const next = speakers.find((sp) => sp.start >= at && sp.start - at <= 40);
		if (next) return [next];
	}
	return [];
}

/** For a sentence that opens a quotation it does not close: the speaker named where the quotation ends ("…,” the ministry said."). */
export function quoteClosedBy(sentences: { start: number; end: number; paragraph: number }[], si: number, text: string, actors: Actors): Speaker | null {
	const opening = text.slice(sentences[si].start, sentences[si].end);
	if (!/^[–-]?\s*[“"]/.test(opening) || /[”"]/.test(opening.slice(1))) return null;
	for (let k = si + 1; k < sentences.length && k <= si + 3 && sentences[k].paragraph === sentences[si].paragraph; k++) {
		const sentence = text.slice(sentences[k].start, sentences[k].end);
		const close = sentence.search(/[”"]/);
		if (close < 0) continue;
		const rest = sentence.slice(close);
		return attribute(rest, sentences[k].start + close, findSpeakers(rest, sentences[k].start + close, actors))[0] ?? null;
	}
	return null;
}

/** What may stand between a side's name (with its institution) and the verb of acting. */
const BETWEEN = /^(?:['’]s)?\s*(?:(?:armed forces|forces|army|troops|soldiers|units|military|side|servicem[ae]n|sabotage groups|snipers|positions|drones?)\s+)?(?:(?:of\s+(?:the\s+)?\w+\s+)?(?:\w+ly|has|have|had|also|then|again|reportedly|allegedly|continued to|continue to|continues to|started|began|begun|tried to|attempted to)\s+)*(?:(?:is|are|was|were)\s+(?=\w+ing\b))?/i;

/**
 * The side a sentence names as having acted: the agent of a verb of acting ("Azerbaijani units
 * opened fire"), "by X" / "from X" after an act, "accused X of", or an act named after a side
 * ("Armenian provocation"). A side the text names against the claimant's is preferred. Null when
 * the sentence names no agent.
 *
 * @example
 * accusedSide('Armenia said Azerbaijani forces shelled Goris.', 0, speakers, armenia) // 'AZ'
 * accusedSide('Armenia said fighting continues.', 0, speakers, armenia) // null
 */
export function accusedSide(quoted: string, offset: number, speakers: Speaker[], claimants: Speaker[]): Side | null {
	// Quotation marks never change who acted: “intensive shelling” reads as intensive shelling.
	const sentence = quoted.replace(/[“”"«»‘’']/g, (q) => (q === '’' || q === "'" ? q : ' '));
	const claimSide = claimants[0]?.side ?? null;
	const agents: Side[] = [];
	for (const sp of speakers) {
		if (!sp.side || claimants.includes(sp)) continue;
		const before = sentence.slice(0, sp.start - offset);
		const after = sentence.slice(sp.end - offset);
		const rest = after.slice(BETWEEN.exec(after)?.[0].length ?? 0);
		const byAgent = /\b(?:by|from|accus\w*|blam\w*)\s+(?:the\s+)?$/i.test(before) && !/\b(?:supported|backed|recogni[sz]ed|controlled|ruled|mediated|brokered|led|held|occupied)\s+by\s+(?:the\s+)?$/i.test(before);
		if (byAgent || ACTION_VERB.test(rest) || ACTION_VERB.test(after.trimStart()) || (sp.kind === 'marker' && ACTION_NOUN.test(after))) agents.push(sp.side);
	}
	if (agents.length === 0) return null;
	return agents.find((s) => s !== claimSide) ?? agents[0];
}
