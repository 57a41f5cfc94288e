// Stage 4c: who says it (the claimant): the speaker a sentence names, an institution resolved to the
// one the article last named or to its home country, a pronoun that refers back, or both sides.
import type { Side } from '../types';
import type { FoundMention } from './mentions';
import { findSpeakers, type Actors, type Speaker } from './actors';
import { fold } from './text';
import { SPEECH } from './lexicon';

const SPEECH_GLOBAL = new RegExp(SPEECH.source, 'g');
/** Two sides blaming each other: each accuses the other. */
export const EACH_OTHER = /\b(?:accus\w*|blam\w*)\s+each\s+other\b|\b(?:traded|exchanged)\s+(?:accusations|blame)\b/i;

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
		// Inverted attribution: "…,” said the ministry", "…, announced the Armenian ministry".
		// ("…, saying Azerbaijani units fired" introduces what is said: a participle never inverts.)
		// Verbs that take an object ("…, accused Yerevan of…") never invert either.
		const inverted = /[,”"’]\s*$/.test(sentence.slice(0, v.index!)) && !/ing$|^(?:accus|blam|den|reject|refut)/.test(v[0]);
		const after = speakers.find((sp) => sp.start >= at + v[0].length && /^\s*(?:the\s+)?$/i.test(sentence.slice(at + v[0].length - offset, sp.start - offset)));
		if (after && inverted) {
			add(after);
			continue;
		}
		// "…of the Defence Army were wounded, it added": the pronoun is the subject, and it refers back.
		if (/\b(?:it|he|she|they)\s+(?:also\s+|further\s+|later\s+)?$/i.test(sentence.slice(0, v.index!))) continue;
		const before = speakers.filter((sp) => sp.end <= at && at - sp.end <= 60 && !/[.;“"]/.test(sentence.slice(sp.end - offset, v.index!)));
		if (before.length) {
			// "The EU mission in Armenia said": a country after "mission in" places the speaker before it.
			const placed = before.length > 1 && /\b(?:mission|monitors?|observers?|contingent|embassy|delegation|representatives?|office)\s+(?:in|to)\s+(?:the\s+)?$/i.test(sentence.slice(0, before[before.length - 1].start - offset));
			const last = placed ? before[before.length - 2] : before[before.length - 1];
			// "Both Armenia and Azerbaijan reported…": two speakers, each for its side.
			const pair = before.length > 1 ? before[before.length - 2] : null;
			const joined = pair && pair.side && last.side && pair.side !== last.side && /^\s+and\s+(?:the\s+)?$/i.test(sentence.slice(pair.end - offset, last.start - offset));
			// "Both Armenia and Azerbaijan reported…", "Armenia and Azerbaijan accused each other…": each speaks for its side.
			if (joined && (/\bboth\s+(?:the\s+)?$/i.test(sentence.slice(0, pair!.start - offset)) || EACH_OTHER.test(sentence))) add(pair!);
			add(last);
			continue;
		}
	}
	if (found.length) return found.sort((a, b) => a.start - b.start);
	const according = /\b(?:according to|citing|cited by|quoted by)\b/i.exec(sentence);
	// "According to it, …": the pronoun refers back to the last speaker (the caller's anaphora), not to a side named after it.
	if (according && /^\s+(?:it|him|her|them)\b/i.test(sentence.slice(according.index + according[0].length))) return [];
	if (according) {
		const at = offset + according.index! + according[0].length;
		const next = speakers.find((sp) => sp.start >= at && sp.start - at <= 40);
		if (next) return [next];
	}
	return [];
}

/** A speaker named only by its institution ("the ministry", "the Defence Ministry", "the press service"): it is the one the article last named. */
const GENERIC_SPEAKER = /\b(?:[Tt]he\s+|[Ii]ts\s+)?(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior)\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:[Dd]efen[cs]e|[Ff]oreign\s+[Aa]ffairs)|[Dd]efen[cs]e\s+[Mm]inister|[Mm]inistry|MoD|MFA|(?:State\s+)?Border\s+Service|[Bb]order\s+service|[Pp]ress\s+service|[Mm]ilitary\s+department|[Ss]pokesm[ae]n|[Ss]pokeswoman|(?<=[Tt]he\s+)[Ss]ervice)\b/g;

const SEPARATIST = /\b(?:[Tt]he\s+)?[Ss]eparatist\s+(?:authorities|officials|leadership|leaders?|government|forces|army|troops|ombudsman)\b/g;

const LOCAL_OFFICIAL = /\b(?:[Tt]he\s+)?(?:(?:village|community|district|municipal|regional|local)\s+(?:head|chief|mayor|administration|executive\s+authority|authorities|governor)|(?:head|mayor|governor|administration)\s+of\s+(?:the\s+)?(?:village\s+of\s+|community\s+of\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:village|community|province|governor))?)/gu;

/**
 * Speakers named only by their institution, each standing for the speaker the article last named
 * with the same kind of institution (else the last speaker of a side): "the ministry added" after
 * "Azerbaijan's Defence Ministry said" is Azerbaijan's ministry.
 *
 * @example
 * genericSpeakers('The ministry added that…', 0, [azerbaijanMinistry], []) // [{ name: 'The ministry', claimant: 'AZ', … }]
 */
export function genericSpeakers(sentence: string, offset: number, history: Speaker[], named: Speaker[], home: Side | null, placeSide: (start: number, end: number) => Side | null = () => null): Speaker[] {
	const out: Speaker[] = [];
	// A local official speaks for the country of the place they head ("the head of Shurnukh", "the Gazakh district executive authority"), else the article's home country.
	for (const m of sentence.matchAll(LOCAL_OFFICIAL)) {
		const start = offset + m.index!;
		const end = start + m[0].length;
		if (named.some((sp) => start < sp.end && end > sp.start)) continue;
		const side = placeSide(start - 30, end + 30) ?? home;
		if (side) out.push({ start, end, name: m[0].replace(/^[Tt]he\s+/, 'the '), claimant: side, side, kind: 'institution' });
	}
	// "The separatist authorities": the de facto Karabakh Armenian authorities, however lower-cased.
	for (const m of sentence.matchAll(SEPARATIST)) {
		const start = offset + m.index!;
		if (!named.some((sp) => start < sp.end && start + m[0].length > sp.start)) out.push({ start, end: start + m[0].length, name: m[0], claimant: 'AM', side: 'AM', kind: 'institution' });
	}
	for (const m of sentence.matchAll(GENERIC_SPEAKER)) {
		const start = offset + m.index!;
		const end = start + m[0].length;
		if (named.some((sp) => start < sp.end && end > sp.start)) continue;
		const head = /ministry|minister|service|department|spokes/i.exec(m[0])?.[0].toLowerCase().replace('minister', 'ministry') ?? '';
		const same = [...history].reverse().find((sp) => sp.side && sp.name.toLowerCase().includes(head));
		const any = [...history].reverse().find((sp) => sp.side);
		const who = same ?? any;
		// Nobody named yet: an article datelined in a capital, or carried by an outlet based there, speaks of that country's ministry.
		if (who) out.push({ start, end, name: who.name, claimant: who.claimant, side: who.side, kind: 'institution' });
		else if (home) out.push({ start, end, name: sentence.slice(m.index!, m.index! + m[0].length), claimant: home, side: home, kind: 'institution' });
	}
	return out;
}

/**
 * The country an article speaks from: the capital of its dateline ("Baku, 14 September, AZERTAC"),
 * else the country its outlet is based in (data/actors.json); null for international outlets.
 *
 * @example
 * homeSide({ text: 'YEREVAN, DECEMBER 13. The ministry said…', outlet: null, actors }) // 'AM'
 */
export function homeSide({ text, outlet, actors }: { text: string; outlet: string | null; actors: Actors }): Side | null {
	for (const line of text.split('\n').slice(0, 8)) {
		const city = /^\s*([\p{L}’'-]+)\s*(?:,|\(|–|—|-)\s*(?:\d|\p{L}+\s+\d|\p{Lu}{3,})/u.exec(line)?.[1];
		const who = city ? actors.lookup.get(fold(city)) : undefined;
		if (who && who.kind === 'marker' && (who.side === 'AM' || who.side === 'AZ')) return who.side;
	}
	return outlet ? (actors.outletCountry.get(fold(outlet)) ?? null) : null;
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

/** "Both sides reported", "both countries said": one speaker per side. */
export const BOTH_SIDES = /\b(?:[Bb]oth|[Tt]he two)\s+(?:sides?|countries|parties)\s+(?:have\s+|had\s+)?(?:reported|said|say|says|claimed|accused|admit(?:ted)?)\b/;

export function bothSides(at: number): Speaker[] {
	return [
		{ start: at, end: at, name: 'the Armenian side', claimant: 'AM', side: 'AM', kind: 'institution' },
		{ start: at, end: at, name: 'the Azerbaijani side', claimant: 'AZ', side: 'AZ', kind: 'institution' }
	];
}

/** Places misspelt as a country (a garbled "Armenia") still mark a party, as the word itself would. */
export function speakersFromMentions(mentions: FoundMention[], actors: Actors): Speaker[] {
	return mentions
		.filter((m) => m.match !== 'exact' && m.place?.kind === 'country' && (m.place.country === 'AM' || m.place.country === 'AZ'))
		.filter((m) => !actors.lookup.has(m.surface.toLowerCase()))
		.map((m) => ({ start: m.start, end: m.end, name: m.surface, claimant: m.place!.country as Side, side: m.place!.country as Side, kind: 'marker' as const }));
}
