// Stage 8: links that never break. Every page id ever published (data/published-ids.json) either
// still exists or is sent to its new home. Homes come from data/redirects.json: entries an editor
// wrote (a place renamed, two incidents merged by hand) and entries `npm run extract` recorded from
// where the claims went. A published page with neither is an error the build reports.
import type { Redirect } from '../types';
import { InputError, lineAt } from './errors';

/** Ids published before, with what each held (data/published-ids.json). */
export interface PublishedIds {
	/** Incident id → the claims it held, at its site ("<article id>:<start>-<end>@<place id>"). */
	incidents: Record<string, string[]>;
	/** Episode id → the incidents it held. */
	episodes: Record<string, string[]>;
	/** Place ids with a page (/places/<id>); missing in files written before places were recorded. */
	places?: string[];
	/** Article ids with a page (/sources/<id>). */
	sources?: string[];
}

/** One line of data/redirects.json: an old page and where it now lives. */
export interface RedirectEntry {
	/** The old page: `/incidents/<id>`, `/episodes/<id>`, `/places/<id>` or `/sources/<id>`. */
	from: string;
	/** Its new home: a page of the same kinds, or a list (`/incidents`, `/episodes`, `/places`, `/sources`). */
	to: string;
	reason: string;
	/** Set on entries `npm run extract` derived (and re-derives on every run); absent on an editor's. */
	recorded?: 'npm run extract';
}

/** The pages that exist now, by kind. */
export interface LivePages {
	incidents: Set<string>;
	episodes: Set<string>;
	places: Set<string>;
	sources: Set<string>;
}

export type PageKind = keyof LivePages;
const KINDS: PageKind[] = ['incidents', 'episodes', 'places', 'sources'];
const PAGE = /^\/(incidents|episodes|places|sources)\/([^/?#\s]+)$/;
const LIST = /^\/(incidents|episodes|places|sources)$/;

/** The kind and id of a page path, or null when it is not one. */
export function pageOf(path: string): { kind: PageKind; id: string } | null {
	const m = PAGE.exec(path);
	return m ? { kind: m[1] as PageKind, id: m[2] } : null;
}

function isLive(path: string, live: LivePages): boolean {
	if (LIST.test(path)) return true;
	const page = pageOf(path);
	return page !== null && live[page.kind].has(page.id);
}

/**
 * Reads data/redirects.json: `{ "about": "…", "redirects": [{ "from", "to", "reason" }] }`.
 * Throws an InputError naming the line of a malformed entry.
 */
export function parseRedirects(text: string, file: string): RedirectEntry[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		const at = /position (\d+)/.exec(String(e))?.[1];
		throw new InputError(file, at ? lineAt(text, Number(at)) : null, `not valid JSON (${(e as Error).message})`);
	}
	const list = (data as { redirects?: unknown })?.redirects;
	if (!Array.isArray(list)) throw new InputError(file, null, 'expected an object with a "redirects" list');
	const seen = new Set<string>();
	let searchFrom = 0;
	return list.map((raw, i) => {
		const entry = raw as Partial<RedirectEntry>;
		// The line of the entry: where its "from" is written, searched in order.
		const at = typeof entry?.from === 'string' ? text.indexOf(JSON.stringify(entry.from), searchFrom) : -1;
		if (at >= 0) searchFrom = at + 1;
		const line = at >= 0 ? lineAt(text, at) : null;
		const where = `redirect ${i + 1}`;
		if (typeof entry !== 'object' || entry === null) throw new InputError(file, line, `${where} is not an object`);
		if (typeof entry.from !== 'string' || !PAGE.test(entry.from)) throw new InputError(file, line, `${where}: "from" must be a page such as "/incidents/<id>", "/episodes/<id>", "/places/<id>" or "/sources/<id>" (got ${JSON.stringify(entry.from)})`);
		if (typeof entry.to !== 'string' || !(PAGE.test(entry.to) || LIST.test(entry.to))) throw new InputError(file, line, `${where}: "to" must be a page or a list such as "/incidents" (got ${JSON.stringify(entry.to)})`);
		if (entry.to === entry.from) throw new InputError(file, line, `${where} sends ${entry.from} to itself`);
		if (typeof entry.reason !== 'string' || !entry.reason.trim()) throw new InputError(file, line, `${where}: "reason" must say why ${entry.from} moved`);
		if (entry.recorded !== undefined && entry.recorded !== 'npm run extract') throw new InputError(file, line, `${where}: "recorded" is only ever "npm run extract"`);
		if (seen.has(entry.from)) throw new InputError(file, line, `${entry.from} has two redirects: keep one`);
		seen.add(entry.from);
		return { from: entry.from, to: entry.to, reason: entry.reason, ...(entry.recorded ? { recorded: entry.recorded } : {}) };
	});
}

/**
 * Homes for published pages that are gone and that no editor's entry covers, from where their
 * contents went: an incident goes to the incident that holds all its claims (renamed, or merged
 * with another), else to the episode holding most of them (split), else to the list; an episode to
 * the episode of its incidents; a place or an article to its list. Claims at a place an editor's
 * entry renamed are followed to the new place.
 *
 * @example
 * deriveRedirects({ published, live, incidents: [{ id, episode, claims }], editors: [] })
 * // [{ from: '/incidents/2022-09-12-goris', to: '/episodes/2022-09-12', reason: 'split: …', recorded: 'npm run extract' }]
 */
export function deriveRedirects({ published, live, incidents, editors }: {
	published: PublishedIds;
	live: LivePages;
	/** Current incidents with the claim keys they hold ("<article>:<start>-<end>@<place>" and without the place). */
	incidents: { id: string; episode: string; claims: string[] }[];
	/** Entries written by hand: their pages need nothing derived, and their place moves are followed. */
	editors: RedirectEntry[];
}): RedirectEntry[] {
	const covered = new Set(editors.map((e) => e.from));
	const placeMoves = new Map<string, string>();
	for (const e of editors) {
		const from = pageOf(e.from);
		const to = pageOf(e.to);
		if (from?.kind === 'places' && to?.kind === 'places') placeMoves.set(from.id, to.id);
	}
	const movedKey = (key: string) => {
		const at = key.lastIndexOf('@');
		if (at < 0) return key;
		let place = key.slice(at + 1);
		for (let hops = 0; placeMoves.has(place) && hops < 20; hops++) place = placeMoves.get(place)!;
		return `${key.slice(0, at)}@${place}`;
	};
	const byClaim = new Map<string, string[]>();
	for (const inc of incidents) for (const k of inc.claims) byClaim.set(k, [...(byClaim.get(k) ?? []), inc.id]);
	const episodeOf = new Map(incidents.map((i) => [i.id, i.episode]));
	const out: RedirectEntry[] = [];
	const add = (from: string, to: string, reason: string) => {
		if (!covered.has(from) && !isLive(from, live)) out.push({ from, to, reason, recorded: 'npm run extract' });
	};
	for (const [id, keys] of Object.entries(published.incidents).sort()) {
		const homes = new Map<string, number>();
		for (const k of keys) for (const home of byClaim.get(movedKey(k)) ?? []) homes.set(home, (homes.get(home) ?? 0) + 1);
		const ranked = [...homes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
		if (ranked.length === 1) add(`/incidents/${id}`, `/incidents/${ranked[0][0]}`, 'renamed or merged: its claims are now this incident');
		else if (ranked.length > 1) {
			const votes = new Map<string, number>();
			for (const [home, n] of ranked) votes.set(episodeOf.get(home)!, (votes.get(episodeOf.get(home)!) ?? 0) + n);
			const episode = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
			add(`/incidents/${id}`, `/episodes/${episode}`, `split: its claims are now ${ranked.length} incidents, one site each, of this episode`);
		} else add(`/incidents/${id}`, '/incidents', 'its claims are no longer on the map (see /data/rejected.json for why)');
	}
	for (const [id, members] of Object.entries(published.episodes).sort()) {
		const to = members.map((m) => episodeOf.get(m)).find((e): e is string => !!e);
		if (to) add(`/episodes/${id}`, `/episodes/${to}`, 'its incidents are now in this episode');
		else add(`/episodes/${id}`, '/episodes', 'its incidents are no longer on the map');
	}
	for (const id of [...(published.places ?? [])].sort()) add(`/places/${id}`, '/places', 'no longer in the gazetteer');
	for (const id of [...(published.sources ?? [])].sort()) add(`/sources/${id}`, '/sources', 'the article was removed from the sources');
	return out;
}

/** Every page id in the published record, as paths. */
function publishedPaths(published: PublishedIds): string[] {
	return [
		...Object.keys(published.incidents).map((id) => `/incidents/${id}`),
		...Object.keys(published.episodes).map((id) => `/episodes/${id}`),
		...(published.places ?? []).map((id) => `/places/${id}`),
		...(published.sources ?? []).map((id) => `/sources/${id}`)
	];
}

/**
 * The redirects the site serves, from data/redirects.json: chains followed to a live page (A → B → C
 * gives A → C), entries from pages that live again dropped. `missing` lists the published pages
 * that are gone with no entry, and `broken` the entries that lead nowhere live (a loop, or a page
 * that does not exist): the build reports both.
 */
export function resolveRedirects({ published, entries, live }: { published: PublishedIds; entries: RedirectEntry[]; live: LivePages }): {
	redirects: Redirect[];
	missing: string[];
	broken: { entry: RedirectEntry; problem: string }[];
} {
	const next = new Map(entries.map((e) => [e.from, e]));
	const redirects: Redirect[] = [];
	const broken: { entry: RedirectEntry; problem: string }[] = [];
	for (const entry of entries) {
		if (isLive(entry.from, live)) continue; // the page exists again: it is served, not redirected
		let at = entry.to;
		const path = [entry.from];
		while (!isLive(at, live) && next.has(at) && !path.includes(at)) {
			path.push(at);
			at = next.get(at)!.to;
		}
		if (!isLive(at, live)) {
			broken.push({ entry, problem: path.includes(at) ? `${entry.from} leads round in a loop (${[...path, at].join(' → ')})` : `${entry.from} leads to ${at}, which does not exist` });
			continue;
		}
		const from = pageOf(entry.from)!;
		redirects.push({ from: from.id, from_url: entry.from, to: pageOf(at)?.id ?? '', url: at, reason: entry.reason });
	}
	const served = new Set(entries.map((e) => e.from));
	const missing = publishedPaths(published).filter((p) => !isLive(p, live) && !served.has(p));
	return { redirects: redirects.sort((a, b) => (a.from_url < b.from_url ? -1 : 1)), missing: [...new Set(missing)].sort(), broken };
}

/** A problem with the record of links, about one old page. */
export interface RedirectProblem {
	/** The old page it is about. */
	from: string;
	/** The file to fix: the record of redirects, or (for a page with no home at all) the published record. */
	file: 'data/redirects.json' | 'data/published-ids.json';
	problem: string;
}

/**
 * The redirects the site serves (an editor's entries, then the homes derived afresh), and what is
 * wrong with data/redirects.json: an entry that leads nowhere, or a published page that is gone
 * while the file does not record where (or records another home than its contents now have) —
 * `npm run extract` records them, and the diff shows the reviewer every page that moved.
 */
export function checkRedirects({ published, live, editors, recorded, file }: {
	published: PublishedIds;
	live: LivePages;
	editors: RedirectEntry[];
	recorded: RedirectEntry[];
	file: RedirectEntry[];
}): { redirects: Redirect[]; problems: RedirectProblem[] } {
	const { redirects, missing, broken } = resolveRedirects({ published, entries: [...editors, ...recorded], live });
	const problems: RedirectProblem[] = broken.map(({ entry, problem }) => ({ from: entry.from, file: 'data/redirects.json', problem }));
	for (const from of missing) problems.push({ from, file: 'data/published-ids.json', problem: `${from} was published and is gone, and nothing says where it went: add an entry to data/redirects.json` });
	const inFile = new Map(file.map((e) => [e.from, e]));
	for (const entry of recorded) {
		const had = inFile.get(entry.from);
		if (!had) problems.push({ from: entry.from, file: 'data/redirects.json', problem: `${entry.from} was published and is gone, and data/redirects.json does not record where it went (its contents are at ${entry.to}): run \`npm run extract\` to record it, or add an entry by hand` });
		else if (had.to !== entry.to) problems.push({ from: entry.from, file: 'data/redirects.json', problem: `data/redirects.json sends ${entry.from} to ${had.to}, but its contents are now at ${entry.to}: run \`npm run extract\` to record it` });
	}
	return { redirects, problems };
}

/**
 * The published record after a run: every incident (with the claims it holds at its site), episode
 * (with its incidents), place and article of this run added to what was published before. Nothing is
 * ever taken out, so every page once published keeps needing a home.
 */
export function recordPublished(before: PublishedIds, run: {
	incidents: { properties: { id: string; site: { id: string }; claims: { source: string; start: number; end: number }[] } }[];
	episodes: { id: string; incidents: string[] }[];
	places: string[];
	sources: string[];
}): PublishedIds {
	const union = (a: string[] | undefined, b: string[]) => [...new Set([...(a ?? []), ...b])].sort();
	const incidents: Record<string, string[]> = { ...before.incidents };
	for (const { properties: p } of run.incidents) incidents[p.id] = union(incidents[p.id], p.claims.map((c) => `${c.source}:${c.start}-${c.end}@${p.site.id}`));
	const episodes: Record<string, string[]> = { ...before.episodes };
	for (const e of run.episodes) episodes[e.id] = union(episodes[e.id], e.incidents);
	const sorted = (o: Record<string, string[]>) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
	return { ...before, incidents: sorted(incidents), episodes: sorted(episodes), places: union(before.places, run.places), sources: union(before.sources, run.sources) };
}

/** The pages that exist now. */
export function livePages(p: { incidents: string[]; episodes: string[]; places: string[]; sources: string[] }): LivePages {
	return { incidents: new Set(p.incidents), episodes: new Set(p.episodes), places: new Set(p.places), sources: new Set(p.sources) };
}

export { KINDS as PAGE_KINDS };
