// Stage 4: turn the sentences of one article into claims: who says (claimant) that whom (accused)
// did what (kind, weapons, casualties), where (sites) and when. Sentences that name an event but
// report none (headings, appeals, diplomacy, reactions, commentary, background) are listed with
// their reason instead.
import type { Article, Claim, Claimant, IncidentPlace, IncidentType, Place, Sentence, Side } from '../types';
import { accusedSide, SAME_AGENT } from './agents'; // whom it names as acting
import { attribute, BOTH_SIDES, bothSides, EACH_OTHER, genericSpeakers, homeSide, quoteClosedBy, speakersFromMentions } from './speakers'; // who says it // who says it, and whom it names as acting
import { findSpeakers, type Actors, type Speaker } from './actors';
import { findCasualties } from './casualties';
import { formatWhen, MS, onDayOf, parseIsoDay, resolveWhen, type When } from './dates';
import { elsewhere, isQuestion, mainEvent, notClaim, withoutNegatedCasualties } from './events'; // what it reports
import { ANAPHORA, BACKGROUND, BORDER, DENIAL, MAY_WEAPON, SINCE_THE_WAR, WEAPONS } from './lexicon';
import { BORDER_PLACE_ID, placesOf, sharedPlace } from './sites'; // where: sites and their precision
import type { FoundMention } from './mentions';
import { dayStart, mainEventDate, weekdayDates, wholeDays } from './when-context';

/** A claim with the working fields the later stages need (not enumerable: they never reach the export). */
export interface ClaimDraft extends Claim {
	/** Start and end in local wall-clock milliseconds, for grouping. */
	readonly t0: number;
	readonly t1: number;
	/** Index of the sentence it came from. */
	readonly sentence: number;
}

/** A sentence that names an event but is not a claim, with the reason (/data/rejected.json). */
export interface Rejected {
	source: string;
	start: number;
	end: number;
	quote: string;
	reason: string;
	/** Who said it, when the sentence names a speaker (third parties' reactions show on episode pages). */
	claimant: Claimant | null;
	speaker: string | null;
	/** Its date, when it has one (local wall-clock milliseconds), for placing reactions in episodes. */
	t0: number | null;
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
	for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
	const anchorMs = anchor ? parseIsoDay(anchor) : null;
	const oldest = anchorMs === null ? null : anchorMs - 366 * MS.DAY;
	const whenCache = new Map<number, When | null>();
	const whenOf = (k: number): When | null => {
		if (!whenCache.has(k)) whenCache.set(k, resolveWhen(text.slice(sentences[k].start, sentences[k].end), anchor, weekdays));
		return whenCache.get(k)!;
	};
	const events = sentences.map((s) => (s.heading ? null : mainEvent(text.slice(s.start, s.end))));
	const mainWhen = mainEventDate(sentences, text, events.map((e) => e?.kind), whenOf);
	/** The date of the latest dated sentence before sentence `si` in its paragraph. */
	const paragraphWhen = (si: number): When | null => {
		for (let k = si - 1; k >= 0 && sentences[k].paragraph === sentences[si].paragraph; k--) {
			const when = whenOf(k);
			if (when && !when.timeOnly) return when;
		}
		return null;
	};
	let last: { speakers: Speaker[]; sentence: number; accused: Side | null } | null = null;
	let lastWhen: When | null = null;
	/** The speakers of a side named so far, in order: "the ministry" later on is the last of them. */
	const history: Speaker[] = [];
	const home = homeSide({ text, outlet: article.meta.outlet, actors });

	sentences.forEach((s, si) => {
		const sentence = text.slice(s.start, s.end);
		const named = [...findSpeakers(sentence, s.start, actors), ...speakersFromMentions(bySentence.get(si) ?? [], actors)];
		const placeSide = (from: number, to: number): Side | null => {
			const m = (bySentence.get(si) ?? []).find((x) => x.start >= from && x.end <= to && x.place && (x.place.country === 'AM' || x.place.country === 'AZ'));
			return (m?.place?.country as Side | undefined) ?? null;
		};
		const speakers = [...named, ...genericSpeakers(sentence, s.start, history, named, home, placeSide)].sort((a, b) => a.start - b.start);
		const explicit = attribute(sentence, s.start, speakers);
		const closer = explicit.length ? null : quoteClosedBy(sentences, si, text, actors);
		let who: Speaker[] = explicit.length ? explicit : closer ? [closer] : [];
		// "Yerevan dismissed the report as a fabrication": the subject of a denial is its speaker, whatever the verb.
		const subject = speakers.find((sp) => sp.side && /^\s*(?:the\s+)?$/i.test(text.slice(s.start, sp.start)));
		if (who.length === 0 && subject && DENIAL.test(sentence)) who = [subject];
		// "Both sides reported…": each side reports it.
		if (who.length === 0 && BOTH_SIDES.test(sentence)) who = bothSides(s.start);
		// "It said…", a quotation going on, or a sentence without a speaker of its own in the same paragraph: the last speaker goes on.
		const goesOn = ANAPHORA.test(sentence) || /^[“"‘]/.test(sentence) || (last !== null && sentences[last.sentence].paragraph === s.paragraph);
		if ((who.length === 0 || /^(?:it|he|she|they)\s+(?:also\s+)?(?:said|says)\b/i.test(sentence)) && goesOn && last && si - last.sentence <= 4) who = last.speakers;
		const claimantOf = (sp: Speaker | undefined): Claimant => sp?.claimant ?? 'media';
		const reject = (reason: string, t0: number | null = null) =>
			rejected.push({ source: article.id, start: s.start, end: s.end, quote: sentence, reason, claimant: who[0] ? claimantOf(who[0]) : null, speaker: who[0]?.name ?? null, t0 });
		// A denial's own agents are weak evidence ("rejected Baku's claim that…"): only a named agent of an act counts there.
		const denies = DENIAL.test(sentence);
		let accused = accusedSide(sentence, s.start, speakers, who, denies ? null : (events[si]?.at ?? null), denies);
		// The same speaker's sentence just before names who acted ("Azerbaijani units opened fire. They used mortars."); a denial never inherits it.
		if (!accused && !DENIAL.test(sentence) && last && last.sentence === si - 1 && sentences[last.sentence].paragraph === s.paragraph && sameSpeakers(last.speakers, who)) accused = last.accused;
		// "The group fired…", "the same detachments fired…": the agent the same speaker last named.
		if (!accused && SAME_AGENT.test(sentence)) accused = [...claims].reverse().find((c) => c.accused && who[0] && c.claimant === who[0].claimant)?.accused ?? null;
		if (who.length) last = { speakers: who, sentence: si, accused };
		history.push(...who.filter((sp) => sp.side && !history.includes(sp)));

		let event = events[si];
		let denied: ClaimDraft | undefined;
		if (!event && !s.heading && who[0]?.side && DENIAL.test(sentence)) {
			// "The ministry rejected the report": a denial of the other side's claim just before it.
			denied = [...claims].reverse().find((c) => c.sentence >= si - 6 && c.claimant !== who[0].side && (c.claimant === 'AM' || c.claimant === 'AZ'));
			if (denied) event = { kind: denied.kind, at: sentence.length };
		}
		if (!event) {
			if (s.heading && mainEvent(sentence)) reject('heading: a title, heading or caption, not running text');
			return;
		}
		if (isQuestion(sentence)) return reject('heading: a question, not a report');
		if (elsewhere(sentence, s.start, event.at, bySentence.get(si) ?? [], speakers)) return reject('elsewhere: an event outside the Armenia–Azerbaijan conflict');
		const why = notClaim(sentence, event.at, event.kind);
		let when = whenOf(si);
		if (when?.timeOnly) {
			const context = paragraphWhen(si) ?? lastWhen ?? mainWhen;
			when = context ? onDayOf(when, dayStart(context)) : null;
		}
		if (why) return reject(why, when?.start ?? lastWhen?.start ?? mainWhen?.start ?? null);
		// History named before the event is what the sentence is about ("In the war that followed, 30,000 died"); after it, it is a circumstance ("…, after last year's war").
		if (BACKGROUND.test(sentence.slice(0, event.at).replace(SINCE_THE_WAR, ''))) return reject('background: history or an earlier war, not a reported incident');
		// An undated report takes the day (not the time) of the sentence before it in its paragraph, the last report, or the article's main event.
		if (!when) {
			const context = denied ? null : paragraphWhen(si) ?? lastWhen ?? mainWhen;
			when = denied
				? { start: denied.t0, end: denied.t1, precision: denied.time_precision ?? 'day', zone: null, text: 'the claim it answers' }
				: context
					? wholeDays(context)
					: anchorMs !== null
						? { start: anchorMs, end: anchorMs + MS.DAY - 1, precision: 'day', zone: null, text: 'publication date' }
						: null;
		}
		if (!when) return reject('no date: the article has no publication date to resolve it against');
		if (oldest !== null && when.end < oldest) return reject('background: dated more than a year before the article');
		const dated: When = when;

		// One claim per side and sentence: "Armenia and Azerbaijan accused each other…, and Yerevan said…" is one Armenian claim.
		who = who.filter((sp, k) => who.findIndex((o) => o.claimant === sp.claimant) === k);
		const speakerList: (Speaker | undefined)[] = who.length ? who : [undefined];
		// "Both X and Y reported…" share the sentence; "X said…, and Y said…" each speak for their own clause.
		const shared = who.length < 2 || /^\s+and\s+(?:the\s+)?$/i.test(text.slice(who[0].end, who[1].start));
		speakerList.forEach((speaker, k) => {
			const from = shared || k === 0 ? s.start : speaker!.start;
			const to = shared || k + 1 === who.length ? s.end : who[k + 1].start;
			const clause = text.slice(from, to);
			const inClause = (x: { start: number; end: number }) => x.start >= from && x.end <= to;
			const clauseMentions = (bySentence.get(si) ?? []).filter(inClause);
			const clauseSpeakers = speakers.filter(inClause);
			const claimant = claimantOf(speaker);
			const ownSide = speaker?.side ?? null;
			const pairBlames = who.length >= 2 && /^\s+and\s+(?:the\s+)?$/i.test(text.slice(who[0].end, who[1].start)) && EACH_OTHER.test(sentence);
			const blamesOther = pairBlames && k < 2 && speaker?.side ? (speaker.side === 'AM' ? 'AZ' : 'AM') : null;
			let claimAccused = blamesOther ?? (shared ? (who.length > 1 ? null : accused) : accusedSide(clause, from, clauseSpeakers, speaker ? [speaker] : [], null));
			const denial = (claimant === 'AM' || claimant === 'AZ') && DENIAL.test(clause) && (claimAccused === null || claimAccused === ownSide);
			if (denial) claimAccused = null;
			const casualties = findCasualties(withoutNegatedCasualties(clause), claimant);
			// Whose losses they are is not who acted: "the Armenian side suffered losses" accuses no one of acting.
			if (event.kind === 'casualties' && casualties.length && casualties.every((x) => x.side === claimAccused)) claimAccused = null;
			// A ceasefire agreed accuses no one; only a breach names who broke it.
			if (event.kind === 'ceasefire' && !/\b(?:violat\w*|broke|broken|breach\w*)\b/i.test(clause)) claimAccused = null;
			const sitePlaces = placesOf(clause, from, clauseMentions, clauseSpeakers, places);
			let placeList: IncidentPlace[] = sitePlaces.map(({ place, precision }) => sharedPlace(place, precision));
			if (placeList.length === 0 && denied) placeList = denied.places;
			if (placeList.length === 0) {
				// Places of the same speaker's statement just before, in the same paragraph.
				const before = [...claims].reverse().find((c) => sentences[c.sentence].paragraph === s.paragraph && c.claimant === claimant && c.claimant_name === nameOf(speaker, article));
				if (before) placeList = before.places;
			}
			if (placeList.length === 0 && BORDER.test(clause)) {
				const border = places.get(BORDER_PLACE_ID);
				if (border) placeList = [sharedPlace(border, 'area')];
			}
			for (const p of sitePlaces) if (p.mention) sites.add(p.mention);
			const kind: IncidentType = event.kind;
			const weapons = MAY_WEAPON.test(clause) ? WEAPONS.filter(([, re]) => re.test(clause)).map(([w]) => w) : [];
			const claimant_name = nameOf(speaker, article);
			const claim: Claim = {
				id: `${article.id}:${s.start}-${s.end}:${claimant}`,
				claimant,
				claimant_name,
				outlet: article.meta.outlet,
				accused: claimAccused,
				denial,
				kind,
				statement: statementOf(claimant_name, kind, claimAccused, denial, placeList),
				date_start: formatWhen(dated.start, dated.precision),
				date_end: formatWhen(dated.end, dated.precision),
				time_precision: dated.precision,
				time_zone: dated.zone,
				weapons,
				casualties,
				places: placeList,
				source: article.id,
				start: s.start,
				end: s.end,
				quote: sentence
			};
			// The working fields are not enumerable: the claim serialises (and spreads) as exactly the public Claim.
			claims.push(Object.defineProperties(claim, { t0: { value: dated.start }, t1: { value: dated.end }, sentence: { value: si } }) as ClaimDraft);
		});
		lastWhen = when;
	});
	return { claims, sites, rejected };
}

/** The claimant's name as readers see it: the speaker, else the article's outlet or title. */
function nameOf(speaker: Speaker | undefined, article: Article): string {
	return speaker?.name ?? article.meta.outlet ?? (article.meta.title ? `the article “${article.meta.title}”` : 'the article');
}

function sameSpeakers(a: Speaker[], b: Speaker[]): boolean {
	return a.length === b.length && a.every((sp, i) => sp.claimant === b[i].claimant && sp.name === b[i].name);
}

const SIDE_NAMES: Record<Side, string> = { AM: 'Armenia', AZ: 'Azerbaijan' };

function statementOf(claimant: string, kind: string, accused: Side | null, denial: boolean, places: IncidentPlace[]): string {
	const where = places.map((p) => p.name);
	const list = where.length > 3 ? `${where.slice(0, 3).join(', ')} and ${where.length - 3} more` : where.join(', ');
	const verb = denial ? 'denies' : 'reports';
	return `${capitalise(claimant)} ${verb} ${kind}${accused ? ` by ${SIDE_NAMES[accused]}` : ''}${list ? ` (${list})` : ''}.`;
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
