import { expect, test } from 'vitest';
import { runPipeline } from './index';
import { actors, article, gazetteer, seeds } from './test-data';

const before = runPipeline({ articles: seeds, gazetteer, actors, ledger: {} });

test('incident ids are a date and a place slug, episode ids a date', () => {
	for (const f of before.incidents) expect(f.properties.id).toMatch(/^\d{4}(-\d{2}){0,2}-[a-z0-9-]+$/);
	expect(new Set(before.incidents.map((f) => f.id)).size).toBe(before.incidents.length);
	for (const e of before.episodes) expect(e.id).toMatch(/^\d{4}(-\d{2}){0,2}(-\d+)?$/);
});

test('an id published before and gone now is sent to where its claims went', () => {
	const old = before.incidents.find((f) => f.properties.site.id === 'goris')!;
	// Keys at a site ("…@goris") name one incident; plain claim keys (schema 1) name every site of the claim.
	const keys = old.properties.claims.map((c) => `${c.source}:${c.start}-${c.end}@goris`);
	const jermukKeys = before.incidents.find((f) => f.properties.site.id === 'jermuk')!.properties.claims.map((c) => `${c.source}:${c.start}-${c.end}`);
	const out = runPipeline({ articles: seeds, gazetteer, actors, ledger: {}, published: { incidents: { 'old-goris': keys, 'old-both': [...keys, ...jermukKeys], 'old-gone': ['nowhere:0-1'] }, episodes: {} } });
	const to = Object.fromEntries(out.redirects.map((r) => [r.from, r.url]));
	expect(to['old-goris']).toBe(`/incidents/${old.properties.id}`);
	expect(to['old-both']).toBe(`/episodes/${old.properties.episode}`);
	expect(to['old-gone']).toBe('/incidents');
	expect(out.redirects.some((r) => r.from === old.properties.id)).toBe(false);
});

test('adding an article keeps every existing id', () => {
	const extra = article(
		'000_aaa_new',
		'Armenia’s defence ministry said on Tuesday that Azerbaijani artillery shelled Jermuk and Vardenis.\n\nOn Tuesday, Azerbaijani forces also shelled Kapan, Armenia said.\n\nIn August, Azerbaijan said Armenian troops fired at its positions near Lachin.'
	);
	const after = runPipeline({ articles: [extra, ...seeds], gazetteer, actors, ledger: before.ledger });
	const ids = after.incidents.map((f) => f.properties.id);
	for (const f of before.incidents) expect(ids).toContain(f.properties.id);
	// The new claims about Jermuk joined the existing Jermuk incident rather than renaming it.
	const jermuk = after.incidents.find((f) => f.properties.site.id === 'jermuk')!;
	expect(jermuk.properties.sources.some((s) => s.source === '000_aaa_new')).toBe(true);
	expect(jermuk.properties.id).toBe(before.incidents.find((f) => f.properties.site.id === 'jermuk')!.properties.id);
});

test('without a ledger the ids come out the same on every run', () => {
	const again = runPipeline({ articles: seeds, gazetteer, actors, ledger: {} });
	expect(again.incidents.map((f) => f.id)).toEqual(before.incidents.map((f) => f.id));
});
