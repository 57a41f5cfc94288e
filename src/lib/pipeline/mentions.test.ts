import { describe, expect, test } from 'vitest';
import { indexGazetteer } from './gazetteer';
import { runPipeline } from './index';
import { findMentions } from './mentions';
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
