import { expect, test } from 'vitest';
import { runPipeline } from './index';
import { actors, article, gazetteer, seeds } from './test-data';

const before = runPipeline({ articles: seeds, gazetteer, actors, ledger: {} });

test('incident ids are a date and a place slug', () => {
	for (const f of before.incidents) expect(f.properties.id).toMatch(/^\d{4}(-\d{2}){0,2}-[a-z0-9-]+$/);
	expect(new Set(before.incidents.map((f) => f.id)).size).toBe(before.incidents.length);
});

test('adding an article keeps every existing id', () => {
	const extra = article(
		'000_aaa_new',
		'Armenia’s defence ministry said on Tuesday that Azerbaijani artillery shelled Jermuk and Vardenis.\n\nOn Tuesday, Azerbaijani forces also shelled Kapan, Armenia said.\n\nIn August, Azerbaijan said Armenian troops fired at its positions near Lachin.'
	);
	const after = runPipeline({ articles: [extra, ...seeds], gazetteer, actors, ledger: before.ledger });
	const ids = after.incidents.map((f) => f.properties.id);
	for (const f of before.incidents) expect(ids).toContain(f.properties.id);
	// The new claims joined existing incidents rather than renaming them.
	const main = after.incidents.find((f) => f.properties.sources.some((s) => s.source === '000_aaa_new'))!;
	expect(before.incidents.map((f) => f.properties.id)).toContain(main.properties.id);
});

test('without a ledger the ids come out the same on every run', () => {
	const again = runPipeline({ articles: seeds, gazetteer, actors, ledger: {} });
	expect(again.incidents.map((f) => f.id)).toEqual(before.incidents.map((f) => f.id));
});
