import { describe, expect, test } from 'vitest';
import { indexGazetteer } from './gazetteer';
import { runPipeline } from './index';
import { findMentions, sideOfNames } from './mentions';
import { splitSentences } from './passages';
import { actors, article, gazetteer, seeds } from './test-data';

const index = indexGazetteer(gazetteer);
const notPlaces = actors.words;
const find = (text: string) => findMentions({ text, sentences: splitSentences(text), index, notPlaces });
const all = runPipeline({ articles: seeds, gazetteer, actors, ledger: {} });

describe('the misspellings in the seeds resolve to the right places', () => {
	test.each([
		['Sotak', 'sotk'],
		['Sok', 'sotk'],
		['Dasheksan', 'dashkasan'],
		['Lasin', 'lachin'],
		['Kelbajar', 'kalbajar'],
		['ARomania', 'armenia']
	])('%s → %s', (surface, id) => {
		const found = all.mentions.filter((m) => m.surface === surface);
		expect(found.length).toBeGreaterThan(0);
		for (const m of found) expect(m.place_id).toBe(id);
	});
});

describe('a name that two places share resolves by context', () => {
	test('Istisu, Azerbaijan\'s name for Jermuk, is the town unless the Kalbajar district is named with it', () => {
		expect(find('Armenian units fired from the direction of Istisu.').find((m) => m.surface === 'Istisu')?.place?.id).toBe('jermuk');
		expect(find('Mortar fire hit Istisu village of the Kalbajar district.').find((m) => m.surface === 'Istisu')?.place?.id).toBe('istisu');
	});
	test('Martuni on Lake Sevan is the town in Gegharkunik', () => {
		const [m] = find('Jermuk and Martuni on Lake Sevan were hit by artillery.').filter((m) => m.surface === 'Martuni');
		expect(m.place?.id).toBe('martuni-gegharkunik');
	});
	test('Martuni next to Stepanakert and Hadrut is the town in Karabakh', () => {
		const [m] = find('Shelling was reported in Stepanakert, Hadrut and Martuni.').filter((m) => m.surface === 'Martuni');
		expect(m.place?.id).toBe('martuni-karabakh');
	});
});

test('a capital, a country, a summit city or a city abroad is never an incident site', () => {
	const context = ['yerevan', 'baku', 'moscow', 'brussels', 'vladivostok', 'samarkand', 'armenia', 'azerbaijan', 'russia', 'ukraine', 'france', 'iran', 'turkey'];
	const named = all.mentions.filter((m) => m.place_id && context.includes(m.place_id));
	expect(new Set(named.map((m) => m.place_id)).size).toBeGreaterThan(8);
	for (const m of named) expect([m.surface, m.role]).toEqual([m.surface, 'context']);
	for (const f of all.incidents) expect(context).not.toContain(f.properties.site.id);
});

test('a capital named as the place of an attack is an incident site', () => {
	const out = runPipeline({ articles: [article('x', 'The Armenian Defence Ministry said Azerbaijani drones attacked the outskirts of Yerevan on Tuesday.')], gazetteer, actors, ledger: {} });
	expect(out.incidents.map((f) => f.properties.site.id)).toEqual(['yerevan']);
});

test('a word that is no place is listed for review with no place id', () => {
	const mentions = find('Shelling hit the village of Qwertyvan near Goris.');
	expect(mentions.find((m) => m.surface === 'Qwertyvan')).toMatchObject({ place: null });
	expect(mentions.find((m) => m.surface === 'Goris')?.place?.id).toBe('goris');
});

test('names of peoples are not read as misspelt places', () => {
	expect(find('The Caucasian states and the Armenian army.').map((m) => m.surface)).toEqual([]);
});

describe('names shared by several places resolve by the rules of the extraction stage', () => {
	const idOf = (text: string, surface: string, side?: 'AM' | 'AZ' | null) =>
		findMentions({ text, sentences: splitSentences(text), index, notPlaces, side }).find((m) => m.surface === surface)?.place?.id;

	test('rule 1, the sentence: Aghdam named with Tovuz district is the Tovuz village', () => {
		expect(idOf('Shells fell on the village of Aghdam in Tovuz district overnight.', 'Aghdam')).toBe('aghdam-tovuz');
	});
	test('rule 1, the sentence: Aghdam named with Fuzuli and Khojaly is the Karabakh town', () => {
		expect(idOf('Drones were seen over Fuzuli, Khojaly and Aghdam.', 'Aghdam')).toBe('aghdam');
	});
	test('rule 2, the side: a source using Azerbaijani names means the Gegharkunik Martuni', () => {
		const text = 'The ministry said Khankendi was calm and Basarkechar was quiet.\n\nLater, Armenian units fired from Martuni.';
		expect(idOf(text, 'Martuni')).toBe('martuni-gegharkunik');
	});
	test('rule 2, the side: the caller can name the side outright', () => {
		expect(idOf('Positions near Martuni came under fire.', 'Martuni', 'AZ')).toBe('martuni-gegharkunik');
	});
	test('rule 3, the paragraph: Martuni after Stepanakert and Hadrut is the Karabakh town', () => {
		const text = 'Stepanakert and Hadrut were shelled on Sunday.\n\nMartuni also came under fire.';
		expect(idOf(text, 'Martuni')).toBe('martuni-karabakh');
	});
	test('the side is read from the names for contested places the article uses', () => {
		const named = (surface: string, id: string) => ({ surface, place: index.byId.get(id)! });
		expect(sideOfNames([named('Khankendi', 'khankendi'), named('Basarkechar', 'vardenis')])).toBe('AZ');
		expect(sideOfNames([named('Stepanakert', 'khankendi')])).toBe('AM');
		expect(sideOfNames([named('Goris', 'goris')])).toBeNull();
	});
});

describe('a place is found under its common Latin spellings', () => {
	test.each([
		['Lower Shorzha', 'nerkin-shorzha'],
		['Yukhari Shorja', 'verin-shorzha'],
		['Xankendi', 'khankendi'],
		['Qubadly', 'gubadly'],
		['Parravakar', 'paravakar'],
		['Aghavnazor', 'aghavnadzor'],
		['Big Ishkhanasar', 'ishkhanasar']
	])('%s → %s', (surface, id) => {
		const m = find(`Fire was reported near ${surface} on Monday.`).find((x) => x.surface === surface);
		expect(m?.place?.id).toBe(id);
	});
});

describe('the words of one name', () => {
	test.each([['Goris–Kapan road'], ['Goris — Kapan road'], ['Goris-Kapan road']])('%s, with a dash between its ends, is the road', (name) => {
		expect(find(`Traffic on the ${name} was stopped.`).map((m) => m.place?.id)).toEqual(['goris-kapan-road']);
	});
});
