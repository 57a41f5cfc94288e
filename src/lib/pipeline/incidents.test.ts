// Incidents are one site, one time window and one kind family (ACLED's event); episodes hold the
// incidents of one outbreak of fighting. Sentences of our own, then the seeds as a whole.
import { expect, test } from 'vitest';
import { runPipeline } from './index';
import { actors, article, gazetteer, seeds } from './test-data';

const run = (...texts: string[]) => runPipeline({ articles: texts.map((t, i) => article(`t${i}`, t)), gazetteer, actors, ledger: {} });

test('a claim that names three places supports three incidents, each quoting the same passage', () => {
	const out = run('Armenia’s Defence Ministry said that Azerbaijani forces shelled Goris, Kapan and Jermuk on Tuesday.');
	expect(out.incidents.map((f) => f.properties.site.id).sort()).toEqual(['goris', 'jermuk', 'kapan']);
	const quotes = new Set(out.incidents.map((f) => f.properties.claims[0].quote));
	expect(quotes.size).toBe(1);
});

test('two articles about the same site and day give one incident that counts each outlet once', () => {
	const a = article('a', 'Armenia’s Defence Ministry said Azerbaijani units shelled Sotk on Tuesday. It said Azerbaijani artillery shelled Sotk again in the evening.');
	const b = { ...article('b', 'On Tuesday, Azerbaijani artillery shelled Sotk, the Armenian Defence Ministry said.'), meta: { ...article('b', '').meta, outlet: 'Other Wire' } };
	const out = runPipeline({ articles: [a, b], gazetteer, actors, ledger: {} });
	const sotk = out.incidents.filter((f) => f.properties.site.id === 'sotk');
	expect(sotk).toHaveLength(1);
	expect(sotk[0].properties.claims).toHaveLength(3);
	expect(sotk[0].properties.sources_count).toBe(2);
});

test('the two sides’ stories about one site and day stand side by side on one incident', () => {
	const out = run('Armenia’s Defence Ministry said that Azerbaijani forces opened fire near Tegh on Monday. Azerbaijan’s Defence Ministry said on Monday that Armenian units fired at its positions near Tegh.');
	const tegh = out.incidents.filter((f) => f.properties.site.id === 'tegh');
	expect(tegh).toHaveLength(1);
	expect(tegh[0].properties.claimants).toEqual(['AM', 'AZ']);
	expect(tegh[0].properties.accused).toEqual(['AM', 'AZ']);
	expect(tegh[0].properties.disagreements.some((d) => d.startsWith('The sides blame each other'))).toBe(true);
});

test('different sites are different incidents, and days apart are different incidents', () => {
	const out = run(
		'On 3 May, Azerbaijani forces shelled Berd, Armenia’s Defence Ministry said.',
		'On 9 May, Azerbaijani forces shelled Berd again, Armenia’s Defence Ministry said. Armenian forces fired at Gazakh on 9 May, Azerbaijan said.'
	);
	const keys = out.incidents.map((f) => `${f.properties.site.id} ${f.properties.date_start}`).sort();
	expect(keys).toEqual(['berd 2022-05-03', 'berd 2022-05-09', 'gazakh 2022-05-09']);
	expect(new Set(out.incidents.map((f) => f.properties.episode)).size).toBe(2);
});

test('a report that names only the border is an area incident without a point', () => {
	const out = run('Armenia’s Defence Ministry said on Tuesday that Azerbaijani forces opened fire along the border.');
	expect(out.incidents).toHaveLength(1);
	expect(out.incidents[0].properties.site).toMatchObject({ id: 'armenia-azerbaijan-border', area: true, precision: 'area', lat: null, lon: null });
	expect(out.incidents[0].geometry).toBeNull();
});

test('a death toll stated for several places at once counts on the episode, not on each incident', () => {
	const out = run('Armenia’s Defence Ministry said on Tuesday that Azerbaijani shelling of Goris and Jermuk killed 15 soldiers.');
	for (const f of out.incidents) expect(f.properties.fatalities_max.AM ?? f.properties.fatalities_max.unspecified).toBeNull();
	const e = out.episodes[0];
	expect(e.fatalities_max.AM ?? e.fatalities_max.unspecified).toBe(15);
});

test('a claim that names no site joins the episode of its date', () => {
	const out = run('Armenia’s Defence Ministry said on Tuesday that Azerbaijani forces shelled Jermuk.\n\nThe ministry said 3 soldiers were killed on Tuesday.');
	expect(out.episodes).toHaveLength(1);
	expect(out.episodes[0].unplaced_claims.map((c) => c.kind)).toEqual(['casualties']);
	expect(out.episodes[0].fatalities_max.unspecified).toBe(3); // whose dead the sentence does not say
});

// The five seed articles as a whole (the acceptance criteria).
const out = runPipeline({ articles: seeds, gazetteer, actors, ledger: {} });
const ofSide = (side: string) => out.incidents.filter((f) => f.properties.claimants.includes(side as 'AM'));

test('the seeds give separate incidents at the places each side names, all in one episode', () => {
	const am = new Set(ofSide('AM').map((f) => f.properties.site.id));
	for (const id of ['goris', 'sotk', 'jermuk', 'kapan', 'vardenis', 'artanish', 'ishkhanasar', 'martuni-gegharkunik']) expect(am).toContain(id);
	const az = new Set(ofSide('AZ').map((f) => f.properties.site.id));
	for (const id of ['dashkasan', 'kalbajar', 'lachin']) expect(az).toContain(id);
	const ids = ['goris', 'sotk', 'jermuk', 'kapan', 'dashkasan', 'kalbajar', 'lachin'];
	const episodes = new Set(out.incidents.filter((f) => ids.includes(f.properties.site.id) && f.properties.date_start.startsWith('2022-09')).map((f) => f.properties.episode));
	expect(episodes.size).toBe(1);
	const episode = out.episodes.find((e) => episodes.has(e.id))!;
	expect(episode.accounts.map((a) => a.claimant)).toEqual(expect.arrayContaining(['AM', 'AZ']));
});

test('an incident reported by several articles of one outlet or of several counts each outlet once', () => {
	for (const f of out.incidents) expect(f.properties.sources_count).toBe(new Set(f.properties.sources.map((s) => s.outlet ?? s.title ?? s.source)).size);
});

test('earlier incidents the articles mention get their coarse dates', () => {
	const byDate = out.incidents.map((f) => [f.properties.date_start, f.properties.time_precision]);
	expect(byDate).toContainEqual(['2022-09-05', 'week']); // "last week"
	expect(byDate).toContainEqual(['2022-08-01', 'month']); // "in August"
});

test('history told as background is not an incident', () => {
	for (const f of out.incidents) expect(f.properties.date_start >= '2021').toBe(true);
	expect(out.rejected.some((r) => r.reason.startsWith('background') && r.quote.includes('late 1980s'))).toBe(true);
});

test('every claim quotes its source exactly', () => {
	const text = Object.fromEntries(seeds.map((a) => [a.id, a.text]));
	for (const f of out.incidents) for (const c of f.properties.claims) expect(text[c.source].slice(c.start, c.end)).toBe(c.quote);
});

test('the same inputs give byte-identical output, whatever the order of the articles', () => {
	const again = runPipeline({ articles: [...seeds].reverse(), gazetteer, actors, ledger: {} });
	expect(JSON.stringify(again)).toBe(JSON.stringify(out));
});

test('an article that reports nothing mappable gives no incident and no error', () => {
	const quiet = runPipeline({ articles: [article('quiet', 'Leaders met in Brussels to discuss a peace treaty.')], gazetteer, actors, ledger: {} });
	expect(quiet.incidents).toEqual([]);
	expect(quiet.episodes).toEqual([]);
});

test('claims in the export carry exactly the public fields', () => {
	const claim = JSON.parse(JSON.stringify(out.incidents[0].properties.claims[0]));
	expect(Object.keys(claim).sort()).toEqual(
		['id', 'accused', 'casualties', 'claimant', 'claimant_name', 'outlet', 'denial', 'date_end', 'time_precision', 'date_start', 'end', 'places', 'quote', 'source', 'start', 'statement', 'time_zone', 'kind', 'weapons'].sort()
	);
});
