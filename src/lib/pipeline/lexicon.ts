// The English words the claims stage reads: kinds of event, weapons, speech verbs, institutions,
// and the cues of statements that are not claims (appeals, diplomacy, reactions, commentary,
// background, denial, negation). Language rules of news English, not facts about places or people
// (those are in data/). Every phrase here must be one that reporting uses in general: a phrase that
// only one article uses does not belong here.
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

/**
 * Kinds of event and their trigger words, most specific first: when a sentence holds several, the
 * main event is the most specific one that is not only a cause ("in response to a provocation").
 */
export const EVENT_TYPES: [IncidentType, RegExp][] = [
	['drone strike', /\b(?:drones?|UAVs?|unmanned (?:aerial )?(?:aircraft|vehicles?)|loitering munitions?|Bayraktars?|quadr?o?copters?)\b(?:\s+\w+){0,4}?\s+(?:strikes?|strike|attacks?|struck|hit|attacked|targeted|bombed|dropped)|\bstrikes? (?:\w+ ){0,2}?(?:with|from|by) (?:\S+ ){0,3}?(?:drones?|UAVs?|unmanned)|\b(?:from|by) (?:an? )?(?:drones?|UAVs?|quadr?o?copters?)\b|\b(?:struck|hit|attacked|targeted) (?:\S+ ){0,12}?(?:by|with|using) (?:an? )?(?:attack |combat |kamikaze )?(?:drones?|UAVs?)\b|\b(?:drone|UAV) (?:strikes?|attacks?)\b|\bkamikaze drones?\b/i],
	['shelling', /\b(?:shell(?:ing|ed|s)?|shellfire|bomb(?:ing|ed|s|ard\w*)?|artillery|mortars?|howitzers?|rockets?|grenade launchers?|(?:intense|heavy|artillery|mortar) fire)\b/i],
	['sabotage', /\b(?:sabotage|saboteurs?|subversive|subversion|infiltrat\w*|(?:lay|laid|laying|plant|planted|planting) (?:\w+ )?mines|mines? (?:had been |have been |were |was )?(?:laid|planted)|mining (?:of|operations?|works?))\b/i],
	['territorial control', /\b(?:retook|retaken|recaptured|took (?:full )?control|taken (?:full )?control|established (?:full )?control|seized|captured|reclaimed|regained (?:control|territor\w*|villages?|heights?|positions?)|occupied|took over|advanced (?:\S+ ){0,3}?(?:into|towards?|on)|took up (?:new )?positions|crossed (?:the border|into)|entered (?:the )?(?:village|territory|zone|area)|(?:was|were) taken under (?:\w+ )?control|took (?:\S+ ){0,4}?under (?:\w+ )?control|set up (?:a )?checkpoints?|restored (?:its )?(?:sovereignty|control)|(?:has been|have been|was|were) (?:fully )?cleared)\b/i],
	['ceasefire', /\b(?:agreed (?:\S+ ){0,3}?(?:on |to )?(?:a |the )?(?:\S+ )?(?:truce|cease-?fire)|agreed to (?:stop|halt|cease) (?:the )?(?:fighting|fire|hostilities)|(?:truce|cease-?fire)(?: \S+){0,4}? (?:started|began|took effect|came into force|entered into force)|brokered (?:a |the )?(?:truce|cease-?fire)|(?:fire|firing) was ceased|cease ?fire (?:from|at)|(?:truce|cease-?fire)(?: regime)? (?:had been |has been |was |were )?violated|suspend (?:the )?(?:anti-terror\w* measures|hostilities|military operations)|(?:deal|truce|cease-?fire) (?:\w+ )?(?:fell apart|collapsed|was broken)|(?:truce|cease-?fire) (?:was |has been |had been )?(?:agreed|reached|announced|broken|violated|collapsed|fell apart)|violat\w* (?:of )?(?:the )?(?:truce|cease-?fire)|(?:truce|cease-?fire) violations?|broke (?:the )?(?:truce|cease-?fire))\b/i],
	['armed clash', /\b(?:(?:opened|open|opening|opens) (?:\w+ )?fire|subjected (?:\S+ ){0,14}?to (?:\w+ )?fire|fire (?:\w+ ){0,2}?(?:hit|reached|struck|damaged)|fire (?:was|were|had been) opened|fire from|(?:came|come|comes|coming) under (?:\w+ )?fire|(?:tried|attempted) to (?:move forward|advance|break through|attack)|(?:was|were|been) hit|(?:fired|firing)\b|shots|bullets?|gunfire|explosions?|(?:tried|attempted) to (?:seize|capture|take|cross|advance)|retaliat\w+ (?:measures|operation|strikes?|fire)|retaliation|suppressed (?:\S+ ){0,2}?fir(?:e|ing) points?|return(?:ed)? fire|counter-?attack\w*|counter-?measures|targeted|targeting|came under (?:\w+ )?fire|(?:sniper|gun|automatic|small-arms|small arms) ?fire|fired (?:at|on|upon|towards?|in the direction)|firing (?:at|on|upon|towards?|in the direction)|shots (?:were )?fired|shot at|snipers?|clash(?:es|ed)?|fight(?:ing)?|firefights?|battles?|hostilities|skirmish(?:es)?|attack(?:s|ed)?|offensive|invaded|invasion|incursion|provocations?|exchange of fire|exchanged fire|shooting|combat operations?|anti-terror(?:ist)? (?:measures|operations?))\b/i],
	['casualties', /\b(?:killed|killing|died|dead|wounded|wounding|injured|injuring|hurt|casualties|losses|lost (?:a|one|two|three|\w+) (?:soldiers?|servicem[ae]n)|martyred|perished|fell in (?:battle|action)|loss of personnel|victims|lost (?:about |around |some |at least |more than )?\d[\d,]*)\b/i]
];

/** Phrases that make the event after them a cause rather than the event reported ("in response to a provocation"). */
export const CAUSE = /(?:\b(?:in response to|in retaliation (?:for|to)|following|due to|because of|after|triggered by|provoked by|caused by|to (?:prevent|suppress|stop|repel)|amid|despite|against the backdrop of|in the context of|as a result of)\s+(?:\S+\s+){0,5}|,\s*(?:adding|and added|saying|while|whereas)\b.*)$/i;

/** Any word a weapon below needs: sentences without one are skipped quickly. */
export const MAY_WEAPON = /artiller|mortar|drone|unmanned|UAV|calib|grenade|rocket|tank|small arms|howitzer|sniper/i;

export const WEAPONS: [string, RegExp][] = [
	['artillery', /\b(?:artillery|howitzers?)\b/i],
	['mortars', /\b(?:trench )?mortars?\b/i],
	['drones', /\b(drones?|unmanned (?:aerial )?(?:aircraft|vehicles?)|UAVs?)\b/i],
	['large-calibre firearms', /\b(?:large|heavy)[- ]calib(?:er|re) (?:fire ?arms|light weapons|weapons|machine guns?)/i],
	['grenade launchers', /\bgrenade launchers?\b/i],
	['rockets', /\brockets?\b/i],
	['tanks', /\btanks?\b/i],
	['small arms', /\bsmall arms\b/i],
	['sniper rifles', /\bsnipers?\b/i]
];

/** Verbs that attribute a statement to a speaker (lower case only: "the United States" is not "states"). */
export const SPEECH = /\b(said|says|say|saying|stating|stated|states|reported|reports|report|informed|informs|precised|precises|signall?ed|spread(?:ed)?|announced|announces|accused|accuses|accusing|accuse|claimed|claims|noted|stressed|added|adds|told|wrote|denied|denies|deny|confirmed|confirms|insisted|alleged|alleges|blamed|blames|declared|informed|warned|admitted|assured|explained|underlined|emphasi[sz]ed|specified|clarified|recalled|rejected|refuted)\b/;

/** Nouns that make a party marker into a speaker: "the Armenian Defense Ministry", "Azerbaijan’s army". */
export const INSTITUTION =
	'(?:Ministry of (?:Defen[cs]e|Foreign Affairs|Internal Affairs|Emergency Situations)|Defen[cs]e Ministry|Defen[cs]e Minister|Foreign Ministry|Foreign Minister|State Border Service|Border Service|military department|Security Council|Prime Minister|President|government|authorities|officials|army|Armed Forces|armed forces|Defen[cs]e Army|forces|troops|soldiers|units|military|side|ministry|media|news agenc(?:y|ies)|press|journalists|office|border guards|leadership|MoD|MFA|ombudsman|Human Rights Defender|press service)';

/** Institutions whose statements count as the media's rather than a side's. */
export const MEDIA_INSTITUTION = /^(?:media|news agenc(?:y|ies)|press|journalists)$/i;

/** Pronoun or generic subjects that refer back to the last speaker: "It said", "the ministry says". */
export const ANAPHORA = /\b(?:it|he|she|they|the (?:ministry|department|agency|statement|military|service|press service|office|spokesm[ae]n|spokeswoman))\s+(?:also\s+|further\s+|later\s+)?(?:said|says|added|adds|noted|stressed|reported|claimed|stated|specified|clarified|emphasi[sz]ed|underlined|blamed|accused|denied|informed|informs)\b|,\s*(?:it|he|she|they)\s+(?:said|added)\b|\baccording to (?:it|him|her|them)\b/i;

/** Words of acting, after a side's name and its institution ("Azerbaijani units opened fire"); never a passive ("were bombed"). */
export const ACTION_VERB =
	/^(?:launch|start|begin|began|begun|subject|retaliat|respond|suppress|neutrali[sz]|repel|repuls|destroy|tak(?:e|es|ing)\b|set up|establish|enter|cross|restor|open|shell|fire|fired|attack|bomb|use|used|using|commit|carr(?:y|ied)|conduct|stag(?:e|ed|ing)|done|did|perpetrat|kill|undermin|retook|took|capture|seiz|invad|push|pushed|transport|engag|target|strik|struck|shot|shoot|violat|provok|mine|mining|infiltrat|advanc|occup|storm|shoot|hit|drop|deploy|lay|laid|plant|destroy|damag|wound|injur)/i;

/** Nouns of acting after a side's adjective: "Armenian provocation", "Azerbaijani shelling". */
export const ACTION_NOUN = /^\s+(?:[a-z-]+\s+){0,2}?(?:provocations?|attacks?|shelling|fire|aggression|sabotage|offensive|strikes?|bombardment|incursion|invasion|drones?\s+(?:attacks?|strikes?))\b/i;

/** Background history rather than news: wars, the Soviet past, decades. */
export const BACKGROUND = /\b(?:war\b|wars\b|Soviet|decades|centur(?:y|ies)|1[89]\d0s|since the end|since then)/i;
/** A comparison with the past inside a news sentence ("the heaviest fighting since their 2020 war"): not background. */
export const SINCE_THE_WAR = /\bsince (?:the|their|its) (?:\d{4} |last |\d+-day |six-week )?war\b/gi;

/** Words that place an event on the border (or line of contact) in general, when no place is named. */
export const BORDER = /\b(?:border|frontier|line of contact|contact line)\b/i;

/** Locational phrases and the precision they give to the places (or list of places) right after them. */
export const PRECISION_BEFORE: [RegExp, 'near' | 'direction'][] = [
	[/\b(?:in the direction of|direction of|towards?|directions? of)\s+(?:the\s+)?(?:(?:cities|towns|settlements|villages|city|town|settlement|village|districts?|areas?|regions?)\s+of\s+)?/i, 'direction'],
	[/\b(?:near|around|close to|outskirts of|vicinity of|border (?:areas?|districts?|regions?|villages?) of|border of|along)\s+(?:the\s+)?(?:(?:cities|towns|settlements|villages|city|town|settlement|village|districts?|areas?|regions?)\s+of\s+)?/i, 'near']
];
export const PRECISION_AFTER = /^\s*(?:(?:,|and|or)\s*[\p{L}'’ -]+?\s*)*\s+directions?\b/u;

/** Capitalised words of institutions and headlines that are never place names. */
export const NOT_PLACE_WORDS = 'ministry defense defence foreign affairs security council operation president prime minister government army forces armed state department news agency republic'.split(' ');

/** Words of denial: a side rejecting what the other side says. */
export const DENIAL = /\b(?:denied|denies|deny|denying|absurd|allegations?|refuted|refutes|rejected|rejects|not true|untrue|groundless|baseless|disinformation|misinformation|false|fake|lies?|fabricat\w*|dismiss\w*|slander\w*|(?:does|do|did) not (?:correspond to|reflect) (?:the )?reality|not corresponding to (?:the )?reality|no (?:shelling|invasion|attack|firing|fire was opened|shots were fired)|did not (?:open fire|fire|shell|attack|invade)|never (?:opened fire|fired|shelled|attacked))\b/i;

/** A negated casualty report ("no one was hurt", "did not report any casualties"): a report that nobody was hurt. */
export const NO_CASUALTIES = /\b(?:no(?:body| one)?|not|n['’]t|never|without|neither)\b(?:\s+[\w’'-]+){0,5}?\s+(?:casualties|killed|hurt|injured|wounded|losses|dead|died|victims)\b/gi;

/** Not claims: the reason a sentence that names an event is left out, tried in this order. */
export const NOT_CLAIM: [string, RegExp][] = [
	['appeal: a call or demand, not a report of an event', /\b(?:call(?:ed|s|ing)? (?:for|on|upon)|urg(?:e|ed|es|ing)|demand(?:s|ed|ing)?|appeal(?:ed|s|ing)? (?:to|for|on)|(?:must|should|needs? to) (?:stop|end|refrain|cease|focus|withdraw|return|respect|avoid)|refrain from|(?:we|I) (?:want|hope|expect|call|ask)|exercise restraint|(?:show|showed) restraint|de-?escalat\w*|immediate(?:ly)? (?:cessation|stop|end)|cessation of)\b/i],
	['diplomacy: talks, calls, treaties and requests for help, not a report of an event', /\b(?:(?:spoke|speaks|talked|talks) (?:by (?:tele)?phone |on the (?:tele)?phone )?(?:to|with)|(?:tele)?phone (?:call|conversation|talks)|phoned|held (?:talks|a meeting|a call|consultations)|met (?:with )?(?:his|her|their|the)?\s*\p{Lu}|meeting of|summit|negotiat\w*|peace (?:treaty|agreement|talks|process)|treat(?:y|ies)|alliance|mutual assistance|mediat\w*|turn(?:ed|s|ing)? to\b|(?:ask(?:ed|s)?|seek(?:s|ing)?|sought) (?:\S+ ){0,4}(?:for )?(?:help|support|assistance)|visit(?:ed|s|ing)?|envoy|delimitation|demarcation commission)\b/iu],
	['reaction: a statement of concern or support, not a report of an event', /\b(?:(?:deeply |very |seriously )?(?:concerned|worried|alarmed)|concern (?:about|over)|condemn(?:s|ed|ing)?|solidarity|stands? (?:with|by)|not alone|regrets?|saddened|welcome[sd]?|supports? (?:\w+ ){0,3}(?:territorial integrity|sovereignty))\b/i],
	['commentary: analysis, opinion, prediction or a hypothetical, not a report of an event', /\b(?:could|would|might|may|will|shall|likely|probably|perhaps|believes?|believed|thinks?|seems?|appears? to|expects?|[Ee]xperts?|[Aa]nalysts?|in (?:his|her|their|our) (?:view|opinion)|means? that|aims? to|intends? to|is testing|wants? to|seeks? to|tries to|trying to|in order to|[Ii]n the event of|[Ii]n case of|[Ii]f|warned|warns|any new|any further|every)\b/]
];
