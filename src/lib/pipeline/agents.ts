// Stage 4d: whom a sentence names as having acted (the accused). Only ever a side the text names as
// the agent of an act: never "the other side" by default.
import type { Side } from '../types';
import type { Speaker } from './actors';
import { ACTION_NOUN, ACTION_VERB, CAUSE, SPEECH } from './lexicon';

const SPEECH_GLOBAL = new RegExp(SPEECH.source, 'g');

/**
 * What may stand between an agent and its verb of acting: a few words of its noun phrase (never a
 * form of "to be", so passives stay out), adverbs and auxiliaries; then the verb itself.
 */
const NOT_VERB = 'is|are|was|were|been|be|being|said|says|say|stated|reported|claimed|announced|told|added|noted|accused|denied';
const NOT_NP = `(?!(?:${NOT_VERB}|with|of|from|in|at|on|near|to|by|for|but)\\b)`;
const AGENT_THEN_ACT = new RegExp(
	`^(?:['’]s)?\\s*(?:${NOT_NP}[a-z-]+\\s+){0,4}?` + // the rest of its noun phrase: "armed detachments"
		`(?:(?:near|from|in|at|on|along|of)\\s+(?:the\\s+)?(?:(?!(?:${NOT_VERB})\\b)[\\p{L}’'-]+\\s+){1,5}?)?` + // where it stands: "near Baghanis", "from the Gafan direction"
		`(?:(?:which|who|that)\\s+)?(?:(?:\\w+ly|has|have|had|also|then|again|first|reportedly|allegedly|continued to|continue to|continues to|started|began|begun|tried to|attempted to|took|carried out)\\s+)*` +
		`(?:(?:is|are|was|were)\\s+(?=\\w+ing\\b))?${ACTION_VERB.source.slice(1)}`,
	'u'
); // case-sensitive: the words of a noun phrase are lower case, so the match never runs into another name
/** The speaker's own side as agent ("our units responded", "its forces retaliated"): the noun itself, then the verb. */
const OWN_AGENT = /\b(?:our|its)\s+(?:[a-z-]+\s+)?(?:units|forces|army|troops|servicemen|soldiers|border guards|subdivisions)\b/gi;
const AUX_THEN_ACT = new RegExp(`^\\s+(?:(?:\\w+ly|has|have|had|also|then|again|took|carried out)\\s+)*(?:(?:is|are|was|were)\\s+(?=\\w+ing\\b))?${ACTION_VERB.source.slice(1)}`);
/** The other side as the speaker calls it ("the enemy opened fire"). */
const ENEMY_AGENT = /\b(?:the|an?)\s+(?:enemy|opponent|adversary)\b/gi;

/**
 * The side a sentence names as having acted: the agent of a verb of acting ("Azerbaijani units
 * opened fire", "our units retaliated", "the enemy fired"), "by X" / "from X" after an act,
 * "accused X of", or an act named after a side ("Armenian provocation"). A side other than the
 * claimant's is preferred. Null when the sentence names no agent.
 *
 * @example
 * accusedSide('Armenia said Azerbaijani forces shelled Goris.', 0, speakers, [armenia]) // 'AZ'
 * accusedSide('Armenia said fighting continues.', 0, speakers, [armenia]) // null
 */
export function accusedSide(quoted: string, offset: number, speakers: Speaker[], claimants: Speaker[], eventAt: number | null = null, strict = false): Side | null {
	// Quotation marks never change who acted: “intensive shelling” reads as intensive shelling.
	const sentence = quoted.replace(/[“”"«»‘]/g, ' ');
	const claimSide = claimants[0]?.side ?? null;
	const otherSide: Side | null = claimSide === 'AM' ? 'AZ' : claimSide === 'AZ' ? 'AM' : null;
	const agents: { side: Side; at: number }[] = [];
	for (const sp of speakers) {
		if (!sp.side || claimants.includes(sp)) continue;
		const before = sentence.slice(0, sp.start - offset);
		const after = sentence.slice(sp.end - offset);
		const byAgent = /\b(?:by|from|accus\w*|blam\w*)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/.test(before) && !/\b(?:supported|backed|recogni[sz]ed|controlled|ruled|mediated|brokered|led|held|occupied|reported|announced|confirmed|denied)\s+by\s+(?:the\s+)?$/i.test(before);
		if (byAgent || AGENT_THEN_ACT.test(after) || (!strict && sp.kind === 'marker' && ACTION_NOUN.test(after))) agents.push({ side: sp.side, at: sp.start - offset });
	}
	if (claimSide && otherSide) {
		for (const m of sentence.matchAll(ENEMY_AGENT)) if (AGENT_THEN_ACT.test(sentence.slice(m.index! + m[0].length)) || /\bby\s+$/i.test(sentence.slice(0, m.index!))) agents.push({ side: otherSide, at: m.index! });
		for (const m of sentence.matchAll(OWN_AGENT)) if (AUX_THEN_ACT.test(sentence.slice(m.index! + m[0].length)) || /\bby\s+$/i.test(sentence.slice(0, m.index!))) agents.push({ side: claimSide, at: m.index! });
	}
	if (agents.length === 0 && eventAt !== null) {
		const subject = subjectOf(sentence, offset, speakers, claimants, eventAt);
		if (subject) agents.push({ side: subject, at: 0 });
	}
	// The agent of the main clause: the first one named, unless it only acts in a cause ("in response to an Armenian provocation").
	agents.sort((a, b) => a.at - b.at);
	const main = agents.filter((a) => !CAUSE.test(sentence.slice(Math.max(0, a.at - 80), a.at)));
	return (main[0] ?? agents[0])?.side ?? null;
}

/**
 * The side that is the subject of the sentence's main verb of acting, however far before it
 * ("Illegal Armenian armed detachments that had stayed behind … attacked positions"): the last
 * side named before an active verb, outside a prepositional phrase ("positions of the Azerbaijani
 * Army" is an object) and with no verb of speech between them.
 */
function subjectOf(sentence: string, offset: number, speakers: Speaker[], claimants: Speaker[], eventAt: number): Side | null {
	// The first active verb of acting from the main event on (the kind's trigger may be a noun: "…, with mortars, fired upon").
	let at = -1;
	for (const m of sentence.slice(eventAt).matchAll(/\b(?:(?:tried|attempted) to (\w+)|[a-z]+ed|opened|fired|shelled|attacked|struck|hit|shot|seized|captured|took|subjected)\b/g)) {
		const pos = eventAt + m.index!;
		if (!ACTION_VERB.test(m[1] ?? m[0]) || /\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?$/.test(sentence.slice(0, pos))) continue;
		at = pos;
		break;
	}
	if (at < 0) return null;
	eventAt = at;
	const before = speakers.filter((sp) => sp.side && !claimants.includes(sp) && sp.end - offset <= eventAt);
	for (const sp of before.reverse()) {
		const lead = sentence.slice(Math.max(0, sp.start - offset - 25), sp.start - offset);
		// "positions of the Azerbaijani Army" is an object; "members of illegal Armenian armed detachments" is who acted.
		if (/\b(?:of|at|on|against|near|from|to|towards?|in|into|with|for|about|by)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/.test(lead) && !/\b(?:members|units|servicem[ae]n|soldiers|forces|troops|groups?|detachments|formations|subdivisions|fighters)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?$/.test(lead)) continue;
		if (SPEECH_GLOBAL.test(sentence.slice(sp.end - offset, eventAt))) {
			SPEECH_GLOBAL.lastIndex = 0;
			return null;
		}
		SPEECH_GLOBAL.lastIndex = 0;
		return sp.side;
	}
	return null;
}

/** An agent that refers back ("the same detachments fired", "the group opened fire"), right before a verb of acting. */
export const SAME_AGENT = /\b(?:the same|these|this|the)\s+(?:group|groups|detachments?|formations?|units|saboteurs|snipers)\s+(?:\w+ly\s+|also\s+|then\s+|again\s+)*(?:fired|opened|attacked|shelled|tried|attempted|used|struck)\b/i;
