// Stage 4a: what a sentence reports. Its main event (the most specific kind that is not only a
// cause), or why it is not a claim at all (an appeal, diplomacy, a reaction, commentary).
import type { IncidentType } from '../types';
import type { Speaker } from './actors';
import type { FoundMention } from './mentions';
import { CAUSE, EVENT_TYPES, NO_CASUALTIES, NOT_CLAIM } from './lexicon';

export interface MainEvent {
	kind: IncidentType;
	/** Where its trigger word starts in the sentence. */
	at: number;
}

/** All kinds in one pattern per kind, global, compiled once. */
const TRIGGERS = EVENT_TYPES.map(([kind, re]) => [kind, new RegExp(re.source, 'gi')] as const);

/**
 * The sentence with its negated casualty phrases blanked out ("no one was hurt" reports no casualty),
 * same length, so offsets still hold.
 *
 * @example
 * withoutNegatedCasualties('Tegh was shelled; no one was hurt.') // 'Tegh was shelled;                .'
 */
export function withoutNegatedCasualties(sentence: string): string {
	return sentence.replace(NO_CASUALTIES, (m) => ' '.repeat(m.length));
}

/** From a casualty word to the clash it happened in: "killed in the fighting", "wounded by the small-arms fire". */
const CIRCUMSTANCE = /^\S+\s+(?:\S+\s+){0,6}?(?:in|during|by|from|amid)\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,3}$/;

/** Kinds that name the act itself; armed clash and casualties are the generic kinds. */
const GENERIC: ReadonlySet<IncidentType> = new Set(['armed clash', 'casualties']);

/**
 * The main event a sentence reports: a trigger that is not only a cause ("in response to a
 * provocation", "after clashes") or an aside (", adding that…"); among those, the first trigger of a
 * specific kind (shelling, drone strike, sabotage, change of control, ceasefire), else the first
 * armed clash, else the first casualty report. When every trigger is a cause or an aside, the main
 * event is that of the first of them, and `at` is the sentence's end: the sentence is about
 * something else (a call, a meeting), and its cues count wherever they stand.
 *
 * @example
 * mainEvent('The firefight, which began after a provocation, continues.') // { kind: 'armed clash', at: 4 }
 * mainEvent('Two soldiers were killed when Azerbaijani units shelled Sotk.') // { kind: 'shelling', … }
 */
export function mainEvent(sentence: string): MainEvent | null {
	const text = withoutNegatedCasualties(sentence);
	const found: { kind: IncidentType; at: number; order: number; aside: boolean }[] = [];
	TRIGGERS.forEach(([kind, re], order) => {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) found.push({ kind, at: m.index!, order, aside: CAUSE.test(text.slice(Math.max(0, m.index! - 80), m.index!)) });
	});
	if (found.length === 0) return null;
	// "Two soldiers were killed in the fighting", "wounded by a sniper's bullet": a generic clash after a casualty is its circumstance.
	for (const f of found) {
		if (f.kind !== 'armed clash') continue;
		const loss = found.find((c) => c.kind === 'casualties' && c.at < f.at);
		if (loss && CIRCUMSTANCE.test(text.slice(loss.at, f.at))) f.aside = true;
	}
	const rank = (f: (typeof found)[number]) => (GENERIC.has(f.kind) ? f.order : 0);
	const main = found.filter((f) => !f.aside);
	const pool = main.length ? main : found;
	const best = pool.sort((a, b) => rank(a) - rank(b) || a.at - b.at)[0];
	return { kind: best.kind, at: main.length ? best.at : sentence.length };
}

/**
 * Why a sentence that names an event is not a claim: an appeal, diplomacy, a reaction or commentary
 * whose cue comes before the event it names ("called for an end to the fighting"); null for a claim.
 *
 * @example
 * notClaim('Blinken called for an end to the fighting.', 29) // 'appeal: …'
 * notClaim('Azerbaijani units shelled Sotk, and the ministry called for a response.', 18) // null
 */
export function notClaim(sentence: string, eventAt: number, kind?: IncidentType): string | null {
	const before = sentence.slice(0, eventAt);
	for (const [reason, re] of NOT_CLAIM) {
		// A ceasefire is reached through talks and mediation: those words report it rather than replace it.
		if (kind === 'ceasefire' && reason.startsWith('diplomacy')) continue;
		if (re.test(before)) return reason;
	}
	return null;
}

/** A question, or a line that is a heading: never a claim. */
export function isQuestion(sentence: string): boolean {
	return /\?["'”’»)]*$/.test(sentence.trim());
}

/** Whether the event a sentence names happened abroad: "the attack on Ukraine", "the war in Syria". */
export function elsewhere(sentence: string, offset: number, at: number, mentions: FoundMention[], speakers: Speaker[]): boolean {
	const trigger = /^[\p{L}-]+/u.exec(sentence.slice(at))?.[0].length ?? 0;
	const window = (start: number) => {
		const between = sentence.slice(at + trigger, start - offset);
		return start - offset >= at + trigger && /^\s+(?:on|in|of|against|into)\s+(?:the\s+)?$/i.test(between);
	};
	const foreignPlace = mentions.some((m) => m.place && m.place.country !== 'AM' && m.place.country !== 'AZ' && (m.place.kind === 'country' || m.place.kind === 'city-abroad') && window(m.start));
	return foreignPlace || speakers.some((sp) => sp.claimant === 'third-party' && sp.kind === 'marker' && window(sp.start));
}
