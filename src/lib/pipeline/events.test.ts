// What a sentence reports: its main event, and the sentences that name an event but are not claims.
import { describe, expect, test } from 'vitest';
import { mainEvent, notClaim, withoutNegatedCasualties } from './events';

describe('the kind comes from the main event, not the first trigger word', () => {
	test.each([
		['Two servicemen were wounded when Azerbaijani units shelled the village of Khnatsakh.', 'shelling'],
		['The firefight, which started after a provocation near the post, is still going on.', 'armed clash'],
		['Baku said its army retook three heights after heavy fighting overnight.', 'territorial control'],
		['The ministry accused the other side of sabotage on the road, adding that its posts were bombed.', 'sabotage'],
		['An attack drone struck a military truck near the village.', 'drone strike'],
		['One conscript died of his wounds in hospital.', 'casualties'],
		['The two sides agreed to a ceasefire at noon, but it was broken within the hour.', 'ceasefire']
	])('%s → %s', (sentence, kind) => {
		expect(mainEvent(sentence)?.kind).toBe(kind);
	});
});

test('a sentence that names no event has no main event', () => {
	expect(mainEvent('The delegations will meet again in Geneva next month.')).toBeNull();
});

describe('appeals, diplomacy, reactions and commentary name an event but are not claims', () => {
	test.each([
		['The EU called for an immediate end to the fighting on the border.', 'appeal'],
		['Moscow urged both sides to halt the shelling.', 'appeal'],
		['The prime minister spoke by phone with the French president about the attacks.', 'diplomacy'],
		['Yerevan turned to its allies for help after the clashes.', 'diplomacy'],
		['Washington is deeply concerned about reports of shelling near the border.', 'reaction'],
		['Analysts believe the offensive could resume within weeks.', 'commentary'],
		['In the event of an attack, the treaty obliges the allies to respond.', 'commentary'],
		['The ministry warned that any new provocation would meet a firm response.', 'commentary']
	])('%s → %s', (sentence, reason) => {
		const event = mainEvent(sentence)!;
		expect(notClaim(sentence, event.at)?.split(':')[0]).toBe(reason);
	});

	test('a cue after the event it follows does not make a report an appeal', () => {
		const sentence = 'Azerbaijani units shelled the village of Tegh on Friday, and the ministry called for an international response.';
		expect(notClaim(sentence, mainEvent(sentence)!.at)).toBeNull();
	});
});

describe('a negated casualty report is a report that nobody was hurt', () => {
	test.each([
		'No one was hurt, the ministry said.',
		'There were no casualties among the personnel.',
		'The village council did not report any injured residents.'
	])('%s', (sentence) => {
		expect(mainEvent(sentence)).toBeNull();
	});

	test('the event beside it is still reported, and the offsets stay the same', () => {
		const sentence = 'The post came under fire at dawn; nobody was injured.';
		expect(mainEvent(sentence)?.kind).toBe('armed clash');
		expect(withoutNegatedCasualties(sentence)).toHaveLength(sentence.length);
	});
});
