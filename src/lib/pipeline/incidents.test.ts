import { expect, test } from 'vitest';
import { runPipeline } from './index';
import { actors, article, gazetteer, seeds } from './test-data';

const out = runPipeline({ articles: seeds, gazetteer, actors, ledger: {} });
const main = out.incidents.find((f) => f.properties.places.some((p) => p.id === 'goris'))!;

test('the claims of all seed articles about the night of 12–13 September form one incident', () => {
	expect(new Set(main.properties.sources.map((s) => s.source))).toEqual(new Set(seeds.map((a) => a.id)));
	expect(main.properties.date_start).toBe('2022-09-12');
	expect(main.properties.claimants).toEqual(expect.arrayContaining(['AM', 'AZ']));
	expect(main.properties.accused).toEqual(['AM', 'AZ']);
	expect(main.properties.places.map((p) => p.id)).toEqual(expect.arrayContaining(['goris', 'sotk', 'jermuk', 'kapan', 'dashkasan', 'kalbajar', 'lachin', 'vardenis']));
});

test('the disagreement between articles on the time of the first shelling is reported', () => {
	const times = main.properties.disagreements.find((d) => d.startsWith('Sources give different times'));
	expect(times).toContain('00:05 UTC+4');
	expect(times).toContain('00:05 GMT = 04:05 UTC+4');
	expect(times).toContain('00:00 UTC+4');
});

test('each side’s accusation is kept and the blame is reported both ways', () => {
	const claims = main.properties.claims;
	expect(claims.some((c) => c.claimant === 'AM' && c.accused === 'AZ')).toBe(true);
	expect(claims.some((c) => c.claimant === 'AZ' && c.accused === 'AM')).toBe(true);
	expect(main.properties.disagreements.some((d) => d.startsWith('The sides blame each other'))).toBe(true);
});

test('earlier incidents the articles mention get their coarse dates', () => {
	const byDate = out.incidents.map((f) => [f.properties.date_start, f.properties.date_precision]);
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

test('the same inputs give byte-identical output', () => {
	const again = runPipeline({ articles: [...seeds].reverse(), gazetteer, actors, ledger: {} });
	expect(JSON.stringify(again)).toBe(JSON.stringify(out));
});

test('an article that reports nothing mappable gives no incident and no error', () => {
	const quiet = runPipeline({ articles: [article('quiet', 'Leaders met in Brussels to discuss a peace treaty.')], gazetteer, actors, ledger: {} });
	expect(quiet.incidents).toEqual([]);
});

test('claims in the export carry exactly the public fields', () => {
	const claim = JSON.parse(JSON.stringify(main.properties.claims[0]));
	expect(Object.keys(claim).sort()).toEqual(
		['accused', 'casualties', 'claimant', 'claimant_name', 'date_end', 'date_precision', 'date_start', 'end', 'places', 'quote', 'source', 'start', 'statement', 'time_zone', 'type', 'weapons'].sort()
	);
});
