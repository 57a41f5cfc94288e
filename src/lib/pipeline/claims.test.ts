// The claim rules of issue 9, one by one, each with sentences of its own: who speaks, whom the
// sentence names as acting, denials, negation, places, and what is left out.
import { describe, expect, test } from 'vitest';
import type { Claim } from '../types';
import { runPipeline } from './index';
import { actors, article, gazetteer } from './test-data';

function claimsOf(text: string, published = '2023-03-10'): Claim[] {
	const out = runPipeline({ articles: [article('t', text, published)], gazetteer, actors, ledger: {} });
	const all = [...out.incidents.flatMap((f) => f.properties.claims), ...out.episodes.flatMap((e) => e.unplaced_claims)];
	return [...new Map(all.map((c) => [c.id, c])).values()].sort((a, b) => a.start - b.start);
}
const one = (text: string) => {
	const claims = claimsOf(text);
	expect(claims).toHaveLength(1);
	return claims[0];
};

describe('the claimant is the speaker', () => {
	test('"X said" and "according to X"', () => {
		expect(one('Azerbaijan’s State Border Service said Armenian units fired at its posts near Sadarak on Thursday.').claimant).toBe('AZ');
		expect(one('According to the Armenian Defence Ministry, Azerbaijani troops opened fire near Berd on Thursday.').claimant).toBe('AM');
	});

	test('"it said" goes on with the speaker just named', () => {
		const [, second] = claimsOf('The Armenian Defence Ministry said Azerbaijani forces shelled Tegh on Thursday. It said mortars were used against Tegh.');
		expect(second).toMatchObject({ claimant: 'AM', claimant_name: 'The Armenian Defence Ministry' });
	});

	test('"Both Armenia and Azerbaijan reported" has two claimants and accuses no one', () => {
		const claims = claimsOf('On Thursday, both Armenia and Azerbaijan reported an exchange of fire on the border.');
		expect(claims.map((c) => [c.claimant, c.accused])).toEqual([['AM', null], ['AZ', null]]);
	});

	test('"Yerevan and Baku accused each other" gives each side’s accusation of the other', () => {
		const claims = claimsOf('On Thursday, Yerevan and Baku accused each other of shelling villages on the border.');
		expect(claims.map((c) => [c.claimant, c.accused]).sort()).toEqual([['AM', 'AZ'], ['AZ', 'AM']]);
	});

	test('a ministry named without its country is the one the article last named, else its dateline’s', () => {
		const [first, second] = claimsOf('BAKU, March 9. Armenian units fired at positions near Gazakh, the Ministry of Defence said.\n\nThe ministry added that a soldier was wounded near Gazakh.');
		expect([first.claimant, second.claimant]).toEqual(['AZ', 'AZ']);
	});

	test('two speakers in one sentence each speak for their own clause', () => {
		const claims = claimsOf('On Thursday, Baku said Armenian snipers fired at Gazakh, while Yerevan said Azerbaijani units shelled Berd.');
		expect(claims.map((c) => [c.claimant, c.accused, c.places.map((p) => p.id).join()]).sort()).toEqual([['AM', 'AZ', 'berd'], ['AZ', 'AM', 'gazakh']]);
	});

	test('a sentence nobody is named for, opening a paragraph, is the outlet’s own', () => {
		expect(one('Shells landed in Jermuk on Thursday evening.').claimant).toBe('media');
	});
});

describe('the accused is only a side the text names as acting', () => {
	test.each([
		['Armenia’s Defence Ministry said Azerbaijani units opened fire on Sotk on Thursday.', 'AZ'],
		['Azerbaijan said its positions near Kalbajar came under fire from the Armenian side on Thursday.', 'AM'],
		['Yerevan accused Baku of shelling Jermuk on Thursday.', 'AZ'],
		['Baku said an Armenian provocation near Lachin on Thursday was stopped.', 'AM'],
		['Armenia’s Defence Ministry said fighting continued near Vardenis on Thursday.', null],
		['Azerbaijan’s Defence Ministry said its positions near Kalbajar were shelled on Thursday.', null]
	])('%s → %s', (text, accused) => {
		expect(one(text).accused).toBe(accused);
	});

	test('the same speaker’s sentence just before names who acted', () => {
		const [, second] = claimsOf('Armenia’s Defence Ministry said Azerbaijani forces opened fire on Tegh on Thursday. The ministry said mortars were fired at the village.');
		expect(second.accused).toBe('AZ');
	});

	test('casualties record whose losses they are, apart from who is accused', () => {
		const c = one('Azerbaijan’s Defence Ministry said on Thursday that the Armenian side suffered losses near Lachin.');
		expect(c.claimant).toBe('AZ');
		expect(c.accused).toBeNull();
		expect(c.casualties.map((x) => x.side)).toEqual(['AM']);
	});
});

describe('a denial is recorded as a denial, never as an accusation', () => {
	test('"denied launching the attacks"', () => {
		const c = one('On Thursday, Azerbaijan’s Defence Ministry denied that its units had attacked Armenian villages near Tegh.');
		expect(c).toMatchObject({ claimant: 'AZ', denial: true, accused: null });
	});

	test('"rejected the report" answers the other side’s claim just before it, with its kind and places', () => {
		const [claim, denial] = claimsOf('Armenia’s Defence Ministry said Azerbaijani units shelled Sotk on Thursday. Azerbaijan’s Defence Ministry rejected the report as disinformation.');
		expect(denial).toMatchObject({ claimant: 'AZ', denial: true, accused: null, kind: claim.kind });
		expect(denial.places.map((p) => p.id)).toEqual(['sotk']);
	});
});

test('"no one was hurt" is not a casualty claim', () => {
	const claims = claimsOf('Armenia’s Defence Ministry said Azerbaijani units fired at a house in Berd on Thursday. No one was hurt, the ministry said.');
	expect(claims).toHaveLength(1);
	expect(claims[0].casualties).toEqual([]);
});

describe('places', () => {
	test('come from the same speaker’s statement just before, in the same paragraph', () => {
		const [, second] = claimsOf('Armenia’s Defence Ministry said Azerbaijani forces shelled Tegh on Thursday. The ministry said a soldier was wounded.');
		expect(second.places.map((p) => p.id)).toEqual(['tegh']);
	});

	test('are never taken over from another speaker’s sentence', () => {
		const [, second] = claimsOf('Armenia’s Defence Ministry said Azerbaijani forces shelled Tegh on Thursday. Azerbaijan’s Defence Ministry said Armenian units opened fire first.');
		expect(second.claimant).toBe('AZ');
		expect(second.places).toEqual([]);
	});

	test('a place that describes another ("a road linking Goris and Kapan") is not a site', () => {
		const out = runPipeline({ articles: [article('t', 'On Thursday, Azerbaijani troops fired at a road linking Goris and Kapan, Armenia said.')], gazetteer, actors, ledger: {} });
		expect(out.incidents).toEqual([]);
		expect(out.mentions.filter((m) => m.role === 'incident-site')).toEqual([]);
	});
});

describe('what is left out, with its reason', () => {
	test.each([
		['Deadly clashes on the border', 'heading'],
		['Why is Baku shelling Armenian villages?', 'heading'],
		['The French foreign minister called for an end to the shelling of Armenian villages.', 'appeal'],
		['Pashinyan spoke by phone with Putin about the Azerbaijani attacks.', 'diplomacy'],
		['Experts say the offensive may resume soon.', 'commentary'],
		['The war in the early 1990s killed about 30,000 people.', 'background'],
		['The agreement was signed a week before the attack on Ukraine.', 'elsewhere']
	])('%s → %s', (text, reason) => {
		const out = runPipeline({ articles: [article('t', text)], gazetteer, actors, ledger: {} });
		expect(out.incidents).toEqual([]);
		expect(out.rejected.map((r) => r.reason.split(':')[0])).toEqual([reason]);
	});
});
