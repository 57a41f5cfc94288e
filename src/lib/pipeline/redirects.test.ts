// Links that never break (issue 12, item 1): after adding an article, merging incidents, splitting
// one, removing an article or renaming a place, every page ever published still answers, either
// itself or through a redirect to a live page; and a record that does not say where a page went is an
// error that names it.
import { describe, expect, test } from 'vitest';
import type { Gazetteer } from '../types';
import { InputError } from './errors';
import { runPipeline, type PipelineOutput } from './index';
import { parseRedirects, recordPublished, resolveRedirects, livePages, type PublishedIds, type RedirectEntry } from './redirects';
import { actors, article, gazetteer, seeds } from './test-data';

/** What `npm run extract` records after a run: the published pages and the redirect file. */
function record(out: PipelineOutput, before: PublishedIds, places: Gazetteer, articles = seeds) {
	const published = recordPublished(before, { incidents: out.incidents, episodes: out.episodes, places: places.places.map((p) => p.id), sources: articles.map((a) => a.id) });
	return published;
}

/** Where a published page leads now: itself when it lives, its redirect's target, or null (a broken link). */
function answer(out: PipelineOutput, path: string, places: Gazetteer, articles = seeds): string | null {
	const [, kind, id] = path.split('/');
	const live =
		kind === 'incidents' ? out.incidents.some((f) => f.properties.id === id)
		: kind === 'episodes' ? out.episodes.some((e) => e.id === id)
		: kind === 'places' ? places.places.some((p) => p.id === id)
		: articles.some((a) => a.id === id);
	if (live) return path;
	return out.redirects.find((r) => r.from_url === path)?.url ?? null;
}

function pages(published: PublishedIds): string[] {
	return [
		...Object.keys(published.incidents).map((id) => `/incidents/${id}`),
		...Object.keys(published.episodes).map((id) => `/episodes/${id}`),
		...(published.places ?? []).map((id) => `/places/${id}`),
		...(published.sources ?? []).map((id) => `/sources/${id}`)
	];
}

const first = runPipeline({ articles: seeds, gazetteer, actors, ledger: {} });
const published = record(first, { incidents: {}, episodes: {} }, gazetteer);

test('the record holds every page of a run: incidents with their claims at their site, episodes, places and sources', () => {
	expect(Object.keys(published.incidents)).toHaveLength(first.incidents.length);
	expect(Object.keys(published.episodes)).toHaveLength(first.episodes.length);
	expect(published.places).toHaveLength(gazetteer.places.length);
	expect(published.sources).toEqual(seeds.map((a) => a.id).sort());
	const goris = first.incidents.find((f) => f.properties.site.id === 'goris')!.properties;
	expect(published.incidents[goris.id].every((k) => k.endsWith('@goris'))).toBe(true);
	// Recording again adds nothing and removes nothing.
	expect(record(first, published, gazetteer)).toEqual(published);
});

test('adding an article keeps every published page live, and needs no redirect', () => {
	const extra = article('000_aaa_new', 'Armenia’s defence ministry said on Tuesday that Azerbaijani artillery shelled Jermuk and Kapan.');
	const after = runPipeline({ articles: [extra, ...seeds], gazetteer, actors, ledger: first.ledger, published });
	for (const path of pages(published)) expect(answer(after, path, gazetteer, [extra, ...seeds]), path).toBe(path);
	expect(after.recorded).toEqual([]);
	expect(after.redirectProblems).toEqual([]);
});

test('incidents merged into one send both old links to it; an incident split up sends its link to the episode', () => {
	const goris = first.incidents.find((f) => f.properties.site.id === 'goris')!.properties;
	const jermuk = first.incidents.find((f) => f.properties.site.id === 'jermuk')!.properties;
	const keys = (p: typeof goris) => p.claims.map((c) => `${c.source}:${c.start}-${c.end}@${p.site.id}`);
	const half = Math.ceil(keys(goris).length / 2);
	// What earlier runs published: Goris's claims as two incidents (now merged), and one incident holding Goris's and Jermuk's (now split).
	const before: PublishedIds = { ...published, incidents: { ...published.incidents, 'old-goris-a': keys(goris).slice(0, half), 'old-goris-b': keys(goris).slice(half), 'old-both': [...keys(goris), ...keys(jermuk)] } };
	const out = runPipeline({ articles: seeds, gazetteer, actors, ledger: first.ledger, published: before });
	const to = Object.fromEntries(out.recorded.map((e) => [e.from, e.to]));
	if (half < keys(goris).length) expect(to['/incidents/old-goris-b']).toBe(`/incidents/${goris.id}`);
	expect(to['/incidents/old-goris-a']).toBe(`/incidents/${goris.id}`);
	expect(to['/incidents/old-both']).toBe(`/episodes/${goris.episode}`);
	// Until `npm run extract` records them, the build refuses: each problem names the page.
	expect(out.redirectProblems.map((p) => p.from).sort()).toEqual(Object.keys(to).sort());
	expect(out.redirectProblems[0].problem).toMatch(/does not record where it went/);
	// Recorded, every link answers with a live page.
	const recorded = runPipeline({ articles: seeds, gazetteer, actors, ledger: first.ledger, published: before, redirects: out.recorded });
	expect(recorded.redirectProblems).toEqual([]);
	for (const path of pages(before)) expect(answer(recorded, path, gazetteer), path).not.toBeNull();
});

test('removing an article keeps its pages answering: its incidents and source lead on, with the reason', () => {
	const removed = seeds[seeds.length - 1];
	const rest = seeds.filter((a) => a !== removed);
	const out = runPipeline({ articles: rest, gazetteer, actors, ledger: first.ledger, published });
	const after = runPipeline({ articles: rest, gazetteer, actors, ledger: first.ledger, published, redirects: out.recorded });
	expect(after.redirectProblems).toEqual([]);
	for (const path of pages(published)) expect(answer(after, path, gazetteer, rest), path).not.toBeNull();
	expect(answer(after, `/sources/${removed.id}`, gazetteer, rest)).toBe('/sources');
	// An incident only that article reported leads to the list, and says why.
	const only = first.incidents.find((f) => f.properties.sources.every((s) => s.source === removed.id));
	if (only) {
		const r = after.redirects.find((x) => x.from === only.properties.id)!;
		expect(r.url).toBe('/incidents');
		expect(r.reason).toMatch(/no longer on the map/);
	}
});

test('renaming a place: an editor\'s entry sends the place page on, and its incidents follow it to their new ids', () => {
	const renamed: Gazetteer = { ...gazetteer, places: gazetteer.places.map((p) => (p.id === 'goris' ? { ...p, id: 'goris-town' } : p)) };
	const editor: RedirectEntry = { from: '/places/goris', to: '/places/goris-town', reason: 'renamed: one id per town' };
	const out = runPipeline({ articles: seeds, gazetteer: renamed, actors, ledger: first.ledger, published, redirects: [editor] });
	const after = runPipeline({ articles: seeds, gazetteer: renamed, actors, ledger: first.ledger, published, redirects: [editor, ...out.recorded] });
	expect(after.redirectProblems).toEqual([]);
	for (const path of pages(published)) expect(answer(after, path, renamed), path).not.toBeNull();
	expect(answer(after, '/places/goris', renamed)).toBe('/places/goris-town');
	const old = first.incidents.find((f) => f.properties.site.id === 'goris')!.properties;
	const now = after.incidents.find((f) => f.properties.site.id === 'goris-town')!.properties;
	// The id names the place, so it changed; the old link leads to the same claims at the renamed place.
	expect(answer(after, `/incidents/${old.id}`, renamed)).toBe(`/incidents/${now.id}`);
	// Without the editor's entry the place page has no home but the list, and the incidents none but the list.
	const bare = runPipeline({ articles: seeds, gazetteer: renamed, actors, ledger: first.ledger, published });
	expect(bare.recorded.find((e) => e.from === '/places/goris')?.to).toBe('/places');
});

describe('the redirect file', () => {
	const live = livePages({ incidents: ['c'], episodes: [], places: [], sources: [] });

	test('chains are followed to a live page, and a loop or a dead end is reported', () => {
		const entries: RedirectEntry[] = [
			{ from: '/incidents/a', to: '/incidents/b', reason: 'merged' },
			{ from: '/incidents/b', to: '/incidents/c', reason: 'renamed' },
			{ from: '/incidents/x', to: '/incidents/y', reason: 'loop' },
			{ from: '/incidents/y', to: '/incidents/x', reason: 'loop' },
			{ from: '/incidents/d', to: '/incidents/nowhere', reason: 'typo' }
		];
		const { redirects, broken } = resolveRedirects({ published: { incidents: {}, episodes: {} }, entries, live });
		expect(redirects.map((r) => [r.from_url, r.url])).toEqual([['/incidents/a', '/incidents/c'], ['/incidents/b', '/incidents/c']]);
		expect(broken.map((b) => b.problem)).toEqual([
			'/incidents/x leads round in a loop (/incidents/x → /incidents/y → /incidents/x)',
			'/incidents/y leads round in a loop (/incidents/y → /incidents/x → /incidents/y)',
			'/incidents/d leads to /incidents/nowhere, which does not exist'
		]);
	});

	test('a page that lives again is served, not redirected; a published page gone without an entry is missing', () => {
		const { redirects, missing } = resolveRedirects({
			published: { incidents: { c: [], gone: [] }, episodes: {}, places: ['lost'] },
			entries: [{ from: '/incidents/c', to: '/incidents', reason: 'was removed' }],
			live
		});
		expect(redirects).toEqual([]);
		expect(missing).toEqual(['/incidents/gone', '/places/lost']);
	});

	test('malformed entries are rejected with the file, the line and the problem', () => {
		const bad = (entry: string) => `{\n "redirects": [\n  {"from": "/incidents/a", "to": "/incidents", "reason": "ok"},\n  ${entry}\n ]\n}`;
		const error = (text: string) => {
			try {
				parseRedirects(text, 'data/redirects.json');
			} catch (e) {
				expect(e).toBeInstanceOf(InputError);
				return (e as Error).message;
			}
			return null;
		};
		expect(error(bad('{"from": "/incidents/b", "to": "/incidents", "reason": "ok"}'))).toBeNull();
		expect(error(bad('{"from": "../etc/passwd", "to": "/incidents", "reason": "x"}'))).toMatch(/^data\/redirects\.json:4: redirect 2: "from" must be a page/);
		expect(error(bad('{"from": "/incidents/b", "to": "https://example.com/", "reason": "x"}'))).toMatch(/^data\/redirects\.json:4: redirect 2: "to" must be a page or a list/);
		expect(error(bad('{"from": "/incidents/b", "to": "/incidents/b", "reason": "x"}'))).toBe('data/redirects.json:4: redirect 2 sends /incidents/b to itself');
		expect(error(bad('{"from": "/incidents/b", "to": "/incidents"}'))).toMatch(/^data\/redirects\.json:4: redirect 2: "reason" must say why/);
		expect(error(bad('{"from": "/incidents/a", "to": "/episodes", "reason": "again"}'))).toBe('data/redirects.json:4: /incidents/a has two redirects: keep one');
		expect(error('{"redirects": [}')).toMatch(/^data\/redirects\.json(:\d+)?: not valid JSON/);
		expect(error('[]')).toBe('data/redirects.json: expected an object with a "redirects" list');
	});
});
