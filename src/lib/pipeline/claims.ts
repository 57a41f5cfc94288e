// Stage 4: turn the sentences of one article into claims: who says (claimant) that whom (accused)
// did what (type, weapons, casualties), where (incident sites) and when.
import type { Article, Claim, Claimant, IncidentPlace, IncidentType, Place, Sentence, Side } from '../types';
import { findSpeakers, type Actors, type Speaker } from './actors';
import { findCasualties } from './casualties';
import { formatWhen, MS, onDayOf, parseIsoDay, resolveWhen, type When } from './dates';
import { AGENT_VERB, ANAPHORA, BACKGROUND, BORDER, DENIAL, EVENT_FAMILY, EVENT_TYPES, MAY_WEAPON, SPEECH, WEAPONS } from './lexicon';
import { BORDER_PLACE_ID, placesOf, sharedPlace, type SitePlace } from './sites'; // where: incident sites and their precision
import type { FoundMention } from './mentions';

/** A claim with the working fields the later stages need (not enumerable: they never reach the export). */
export interface ClaimDraft extends Claim {
	/** Start and end in local wall-clock milliseconds, for grouping. */
	readonly t0: number;
	readonly t1: number;
	/** Index of the sentence it came from. */
	readonly sentence: number;
}

export interface Rejected {
	source: string;
	start: number;
	end: number;
	quote: string;
	reason: string;
}

export interface ClaimOptions {
	article: Article;
	sentences: Sentence[];
	mentions: FoundMention[];
	actors: Actors;
	places: Map<string, Place>;
	/** The date relative expressions resolve against (publication date, else a date line). */
	anchor: string | null;
}

/**
 * Extracts the claims of one article; marks each mention used as a claim's place as an incident site.
 *
 * @example
 * const { claims, sites, rejected } = extractClaims({ article, sentences, mentions, actors, places, anchor });
 */
export function extractClaims({ article, sentences, mentions, actors, places, anchor }: ClaimOptions): {
	claims: ClaimDraft[];
	sites: Set<FoundMention>;
	rejected: Rejected[];
} {
	const { text } = article;
	const claims: ClaimDraft[] = [];
	const rejected: Rejected[] = [];
	const sites = new Set<FoundMention>();
	const weekdays = weekdayDates(sentences, text, anchor);
	const bySentence = new Map<number, FoundMention[]>();
	for (const m of mentions) {
		const list = bySentence.get(m.sentence);
		if (list) list.push(m);
		else bySentence.set(m.sentence, [m]);
	}
	const anchorMs = anchor ? parseIsoDay(anchor) : null;
	const oldest = anchorMs === null ? null : Date.UTC(new Date(anchorMs).getUTCFullYear() - 1, 0, 1);
	let lastSpeaker: { speaker: Speaker; sentence: number } | null = null;
	let lastWhen: When | null = null;
	/** For a sentence that opens a quotation it does not close: the speaker named where the quotation ends ("…,” the ministry said."). */
	const quoteClosedBy = (si: number): Speaker | null => {
		const opening = text.slice(sentences[si].start, sentences[si].end);
		if (!/^[–-]?\s*[“"]/.test(opening) || /[”"]/.test(opening.slice(1))) return null;
		for (let k = si + 1; k < sentences.length && k <= si + 3 && sentences[k].paragraph === sentences[si].paragraph; k++) {
			const sentence = text.slice(sentences[k].start, sentences[k].end);
			const close = sentence.search(/[”"]/);
			if (close < 0) continue;
			const rest = sentence.slice(close);
			const found = attribute(rest, sentences[k].start + close, findSpeakers(rest, sentences[k].start + close, actors));
			return found;
		}
		return null;
	};
	const whenCache = new Map<number, When | null>();
	/** The date sentence `k` states, resolved once. */
	const whenOf = (k: number): When | null => {
		if (!whenCache.has(k)) whenCache.set(k, resolveWhen(text.slice(sentences[k].start, sentences[k].end), anchor, weekdays));
		return whenCache.get(k)!;
	};
	// Each sentence's kind of event, found once: the main date and the claims both need it.
	const types = sentences.map((s) => (s.heading ? undefined : eventType(text.slice(s.start, s.end))));
	const mainWhen: When | null = mainEventDate(sentences, text, types, whenOf);
	/** The date of the latest dated sentence before sentence `si` in its paragraph. */
	const paragraphWhen = (si: number): When | null => {
		for (let k = si - 1; k >= 0 && sentences[k].paragraph === sentences[si].paragraph; k--) {
			const when = whenOf(k);
			if (when && !when.timeOnly) return when;
		}
		return null;
	};

	sentences.forEach((s, si) => {
		if (s.heading) return;
		const sentence = text.slice(s.start, s.end);
		const inSentence = bySentence.get(si) ?? [];
		const speakers = [...findSpeakers(sentence, s.start, actors), ...speakersFromMentions(inSentence, actors)].sort((a, b) => a.start - b.start);
		const explicit = attribute(sentence, s.start, speakers) ?? quoteClosedBy(si);
		const type = types[si];
		const reject = (reason: string) => rejected.push({ source: article.id, start: s.start, end: s.end, quote: sentence, reason });
		let speaker = explicit;
		// "It said…", or a quotation going on from the sentence before: the last speaker is still speaking.
		const continues = ANAPHORA.test(sentence) || (/^[“"‘]/.test(sentence) && !explicit);
		if ((!speaker || /^(?:it|he|she|they)\s+(?:also\s+)?(?:said|says)\b/i.test(sentence)) && continues && lastSpeaker && si - lastSpeaker.sentence <= 4) speaker = lastSpeaker.speaker;
		if (speaker) lastSpeaker = { speaker, sentence: si };
		if (!type) return;

		let when = whenOf(si);
		if (when?.timeOnly) {
			const context = paragraphWhen(si) ?? lastWhen ?? mainWhen;
			when = context ? onDayOf(when, dayStart(context)) : null;
		}
		if (BACKGROUND.test(sentence)) return reject('background: history or an earlier war, not a reported incident');
		// An undated report takes the day (not the time) of the sentence before it in its paragraph, the last report, or the article's main event.
		if (!when) {
			const context = paragraphWhen(si) ?? lastWhen ?? mainWhen;
			when = context ? wholeDays(context) : anchorMs !== null ? { start: anchorMs, end: anchorMs + MS.DAY - 1, precision: 'day', zone: null, text: 'publication date' } : null;
		}
		if (when && oldest !== null && when.end < oldest) return reject('background: dated more than a year before the article');

		const claimant: Claimant = speaker?.claimant ?? 'media';
		// Nobody named: the article says so itself (by its outlet, else its title).
		const claimant_name = speaker?.name ?? article.meta.outlet ?? (article.meta.title ? `the article “${article.meta.title}”` : 'the article');
		let accused = accusedSide(sentence, s.start, speakers, speaker ?? null);
		// A side denying that it acted ("called the allegations … absurd") accuses no one by that.
		if (accused && accused === speaker?.side && DENIAL.test(sentence)) accused = null;

		let incidentPlaces: SitePlace[] = placesOf(sentence, s.start, inSentence, speakers);
		const previousClaim = claims[claims.length - 1];
		if (incidentPlaces.length === 0 && previousClaim && previousClaim.sentence === si - 1 && EVENT_FAMILY[previousClaim.type] === EVENT_FAMILY[type]) {
			// A sentence that goes on about the report just before it ("It said that…") is about the same places.
			incidentPlaces = previousClaim.places.map((p) => ({ mention: null, place: places.get(p.id)!, precision: p.precision }));
		}
		if (incidentPlaces.length === 0) {
			const previous = sentences[si - 1];
			const onBorder =
				BORDER.test(sentence) ||
				(previous && previous.paragraph === s.paragraph && BORDER.test(text.slice(previous.start, previous.end))) ||
				new Set([speaker?.side, accused, ...speakers.map((sp) => sp.side)].filter(Boolean)).size === 2;
			const border = places.get(BORDER_PLACE_ID);
			if (!onBorder || !border) return reject('no place named: nothing to put on the map');
			incidentPlaces = [{ mention: null, place: border, precision: 'area' }];
		}
		if (!when) return reject('no date: the article has no publication date to resolve it against');
		for (const p of incidentPlaces) if (p.mention) sites.add(p.mention);
		lastWhen = when;
		const casualties = findCasualties(sentence, claimant);
		const weapons = MAY_WEAPON.test(sentence) ? WEAPONS.filter(([, re]) => re.test(sentence)).map(([w]) => w) : [];
		const placeList: IncidentPlace[] = incidentPlaces.map(({ place, precision }) => sharedPlace(place, precision));
		const claim: Claim = {
			claimant,
			claimant_name,
			accused,
			type,
			statement: statementOf(claimant_name, type, accused, placeList),
			date_start: formatWhen(when.start, when.precision),
			date_end: formatWhen(when.end, when.precision),
			date_precision: when.precision,
			time_zone: when.zone,
			weapons,
			casualties,
			places: placeList,
			source: article.id,
			start: s.start,
			end: s.end,
			quote: sentence
		};
		// The working fields are not enumerable: the claim serialises (and spreads) as exactly the public Claim.
		claims.push(Object.defineProperties(claim, { t0: { value: when.start }, t1: { value: when.end }, sentence: { value: si } }) as ClaimDraft);
	});
	return { claims, sites, rejected };
}

/** Weekdays the article itself ties to a date ("Monday (September 12)"): later bare mentions mean that day. */
function weekdayDates(sentences: Sentence[], text: string, anchor: string | null): Record<string, number> {
	const out: Record<string, number> = {};
	for (const s of sentences) {
		const sentence = text.slice(s.start, s.end);
		for (const m of sentence.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b,?\s*\(?((?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)\)?/g)) {
			const when = resolveWhen(`${m[1]} ${m[2]}`, anchor);
			if (when && when.precision === 'day' && !(m[1].toLowerCase() in out)) out[m[1].toLowerCase()] = when.start;
		}
	}
	return out;
}

/** All kinds in one pattern: the leftmost match wins, and at one position the earlier kind (the order of EVENT_TYPES). */
const ANY_EVENT = new RegExp(EVENT_TYPES.map(([, re], k) => `(?<k${k}>${re.source})`).join('|'), 'i');

/** The kind of event a sentence reports: the kind whose word comes first. */
function eventType(sentence: string): IncidentType | undefined {
	const m = ANY_EVENT.exec(sentence);
	if (!m?.groups) return undefined;
	const k = EVENT_TYPES.findIndex((_, i) => m.groups![`k${i}`] !== undefined);
	return EVENT_TYPES[k][0];
}

/** A span widened to the whole days it touches, without its time of day. */
function wholeDays(when: When): When {
	const start = dayStart(when);
	const end = Math.floor(when.end / MS.DAY) * MS.DAY + MS.DAY - 1;
	return { start, end, precision: end - start < MS.DAY ? 'day' : when.precision === 'minute' || when.precision === 'hour' ? 'day' : when.precision, zone: null, text: when.text };
}

/** The latest day-or-finer date of the article's event sentences (news leads with the latest events): what undated reports inherit last. */
function mainEventDate(sentences: Sentence[], text: string, types: (IncidentType | undefined)[], whenOf: (k: number) => When | null): When | null {
	let latest: When | null = null;
	for (const [k, s] of sentences.entries()) {
		if (!types[k] || BACKGROUND.test(text.slice(s.start, s.end))) continue;
		const when = whenOf(k);
		if (when && !when.timeOnly && (when.precision === 'day' || when.precision === 'hour' || when.precision === 'minute') && (!latest || when.start > latest.start)) latest = when;
	}
	return latest;
}

function dayStart(when: When): number {
	return Math.floor(when.start / MS.DAY) * MS.DAY;
}

/** Places misspelt as a country (a garbled "Armenia") still mark a party, as the word itself would. */
function speakersFromMentions(mentions: FoundMention[], actors: Actors): Speaker[] {
	return mentions
		.filter((m) => m.match !== 'exact' && m.place?.kind === 'country' && (m.place.country === 'AM' || m.place.country === 'AZ'))
		.filter((m) => !actors.lookup.has(m.surface.toLowerCase()))
		.map((m) => ({ start: m.start, end: m.end, name: m.surface, claimant: m.place!.country as Side, side: m.place!.country as Side, kind: 'marker' as const }));
}

/** The speaker a sentence attributes itself to: "according to X", "X said", "…, said X". */
function attribute(sentence: string, offset: number, speakers: Speaker[]): Speaker | null {
	const verbs = [...sentence.matchAll(new RegExp(SPEECH.source, 'g'))];
	for (const v of verbs) {
		const at = offset + v.index!;
		const before = speakers.filter((sp) => sp.end <= at && at - sp.end <= 60 && !/[.;“"]/.test(sentence.slice(sp.end - offset, v.index!)));
		if (before.length) return before[before.length - 1];
		// Inverted attribution only: "…,” said the ministry", "…, said Foreign Minister X".
		const inverted = /[,”"’]\s*$/.test(sentence.slice(0, v.index!));
		const after = speakers.find((sp) => sp.start >= at + v[0].length && sp.start - (at + v[0].length) <= 20);
		if (after && inverted) return after;
	}
	const according = /\baccording to\b/i.exec(sentence);
	if (according) {
		const at = offset + according.index! + according[0].length;
		const next = speakers.find((sp) => sp.start >= at && sp.start - at <= 40);
		if (next) return next;
	}
	return null;
}

/** The side said to have acted: the agent of the event verb, else the side opposite the claimant. */
function accusedSide(sentence: string, offset: number, speakers: Speaker[], claimant: Speaker | null): Side | null {
	const others = speakers.filter((sp) => sp.side && sp !== claimant && !(claimant && sp.start >= claimant.start && sp.end <= claimant.end));
	for (const sp of others) {
		const before = sentence.slice(0, sp.start - offset);
		const after = sentence.slice(sp.end - offset);
		if (/\b(?:by|accus\w*|blam\w*)\s+(?:the\s+)?$/i.test(before) || AGENT_VERB.test(after)) return sp.side;
	}
	const claimSide = claimant?.side ?? null;
	const opposite = others.find((sp) => sp.side !== claimSide);
	return claimSide ? (opposite?.side ?? null) : null;
}

const SIDE_NAMES: Record<Side, string> = { AM: 'Armenia', AZ: 'Azerbaijan' };

function statementOf(claimant: string, type: string, accused: Side | null, places: IncidentPlace[]): string {
	const where = places.map((p) => p.name);
	const list = where.length > 3 ? `${where.slice(0, 3).join(', ')} and ${where.length - 3} more` : where.join(', ');
	return `${capitalise(claimant)} reports ${type}${accused ? ` by ${SIDE_NAMES[accused]}` : ''}${list ? ` (${list})` : ''}.`;
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
