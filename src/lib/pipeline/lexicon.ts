// The English words the claims stage reads: kinds of event, weapons, speech verbs, institutions,
// and the cues of background history. Language rules, not facts about places or people (those are in data/).
import type { IncidentType } from '../types';

/** Kinds that can be one event told two ways: shelling reported by one side is "sabotage" to the other. */
export const EVENT_FAMILY: Record<IncidentType, 'combat' | 'ceasefire' | 'territory'> = {
	shelling: 'combat',
	'drone strike': 'combat',
	'armed clash': 'combat',
	sabotage: 'combat',
	casualties: 'combat',
	other: 'combat',
	ceasefire: 'ceasefire',
	'territorial control': 'territory'
};

/** Kinds of event. A sentence takes the kind whose word comes first in it; on a tie, the earlier entry. */
export const EVENT_TYPES: [IncidentType, RegExp][] = [
	['territorial control', /\b(retook|retaken|took control|taken control|seized|captured|reclaimed|regained|(?:visual and fire |provided )control over|under (?:visual and fire )?control|new positions|took over)\b/i],
	['ceasefire', /\b(agreed (?:on |to )?(?:a )?(?:truce|cease-?fire|stop fighting)|(?:truce|cease-?fire) (?:was |has been |had been )?(?:agreed|reached|announced|started|began|took effect|broken|violated|collapsed)|violat\w* (?:the )?(?:truce|cease-?fire))/i],
	['sabotage', /\b(sabotage|subversive|subversion|mining operations|undermined the areas)\b/i],
	['drone strike', /\b(drones? (?:strikes?|attacks?)|drones? (?:struck|hit|attacked|targeted|bombed)|struck by (?:an? )?(?:attack )?drones?|kamikaze drones?)\b/i],
	['shelling', /\b(shell(?:ing|ed|s)?|bomb(?:ing|ed|s)?|artillery|mortars?|fire points|opened (?:intense )?fire|came under (?:heavy )?fire|(?:intense|heavy) fire|fired|firing|rockets?)\b/i],
	['armed clash', /\b(clash(?:es|ed)?|fight(?:ing|s)?|firefight|battle|hostilities|skirmish(?:es)?|attack(?:s|ed)?|offensive|escalation|flare-up|invaded|invasion|provocations?|exchange of fire|shooting|shootings)\b/i],
	['casualties', /\b(killed|killing|died|dead|wounded|wounding|injured|injuring|hurt|casualties|losses|lost (?:a|one|\w+) soldiers?|loss of personnel)\b/i]
];

/** Any word a weapon below needs: sentences without one are skipped quickly. */
export const MAY_WEAPON = /artiller|mortar|drone|unmanned|UAV|calib|grenade|rocket|tank|small arms/i;

export const WEAPONS: [string, RegExp][] = [
	['artillery', /\bartillery\b/i],
	['mortars', /\b(?:trench )?mortars?\b/i],
	['drones', /\b(drones?|unmanned aircraft|UAVs?)\b/i],
	['large-calibre firearms', /\blarge[- ]calib(?:er|re) (?:fire ?arms|light weapons|weapons)|heavy[- ]calib(?:er|re) firearms\b/i],
	['grenade launchers', /\bgrenade launchers?\b/i],
	['rockets', /\brockets?\b/i],
	['tanks', /\btanks?\b/i],
	['small arms', /\bsmall arms\b/i]
];

/** Verbs that attribute a statement to a speaker (lower case only: "the United States" is not "states"). */
export const SPEECH = /\b(said|says|say|stated|states|reported|reports|announced|announces|accused|accuses|accusing|claimed|claims|noted|stressed|added|told|wrote|denied|denies|confirmed|confirms|insisted|alleged|blamed|blames|called|declared|informed|warned|admitted|assured|explained)\b/;

/** Nouns that make a party marker into a speaker: "the Armenian Defense Ministry", "Azerbaijan’s army". */
export const INSTITUTION =
	'(?:Ministry of (?:Defen[cs]e|Foreign Affairs)|Defen[cs]e Ministry|Defen[cs]e Minister|Foreign Ministry|Foreign Minister|military department|Security Council|Prime Minister|President|government|authorities|officials|army|Armed Forces|armed forces|forces|troops|soldiers|units|military|side|ministry|media|news agenc(?:y|ies)|press|journalists|office|border guards|leadership|MoD)';

/** Institutions whose statements count as the media's rather than a side's. */
export const MEDIA_INSTITUTION = /^(?:media|news agenc(?:y|ies)|press|journalists)$/i;

/** Pronoun or generic subjects that refer back to the last speaker: "It said", "the ministry says". */
export const ANAPHORA = /\b(?:it|he|she|they|the (?:ministry|department|agency|statement|military))\s+(?:also\s+)?(?:said|says|added|noted|stressed|reported|claimed|called)\b|,\s*(?:it|he|she|they)\s+said\b/i;

/** Verbs of acting, after a side marker: "Azerbaijan launched", "Armenian forces were transporting"; never a passive ("were bombed"). */
export const AGENT_VERB =
	/^(?:['’]s)?\s*(?:(?:armed forces|forces|army|troops|soldiers|units|military|side|sabotage groups)\s+)?(?:(?:of\s+\w+\s+)?(?:has|have|had|also|then|allegedly|reportedly|continued to|started|began)\s+)*(?:(?:is|are|was|were)\s+(?=\w+ing\b))?(?:launch|start|begin|began|open|shell|fire|fired|attack|bomb|use|used|using|commit|carry|carried|kill|killed|undermin|retook|took|capture|seiz|invad|push|pushed|transport|engag|target|strik|struck|shot|violat|provok|mine|mining|done|did)/i;

/** Background history rather than news: wars, the Soviet past, decades. */
export const BACKGROUND = /\b(war\b|wars\b|Soviet|decades|centur(?:y|ies)|1980s|1990s|refugees|forced migrants|since the end|autonomous region|withdrawal from)/i;

/** Words that place the event on the border in general, when no place is named. */
export const BORDER = /\bborder\b/i;

/** Locational phrases and the precision they give to the places (or list of places) right after them. */
export const PRECISION_BEFORE: [RegExp, 'near' | 'direction'][] = [
	[/\b(?:in the direction of|direction of|towards?|directions? of)\s+(?:the\s+)?(?:(?:cities|towns|settlements|villages|city|town|settlement|village|districts?|areas?|regions?)\s+of\s+)?/i, 'direction'],
	[/\b(?:near|around|close to|outskirts of|vicinity of|border (?:areas?|districts?|regions?) of|border of|along)\s+(?:the\s+)?(?:(?:cities|towns|settlements|villages|city|town|settlement|village|districts?|areas?|regions?)\s+of\s+)?/i, 'near']
];
export const PRECISION_AFTER = /^\s*(?:(?:,|and|or)\s*[\p{L}'’ -]+?\s*)*\s+directions?\b/u;

/** Capitalised words of institutions and headlines that are never place names. */
export const NOT_PLACE_WORDS = 'ministry defense defence foreign affairs security council operation president prime minister government army forces armed state department news agency republic'.split(' ');

/** Words of denial: a side rejecting a claim about itself. */
export const DENIAL = /\b(denied|denies|deny|absurd|allegations|refuted|rejected|not true|no invasion|groundless|disinformation)\b/i;
