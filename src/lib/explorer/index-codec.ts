// The explorer's compact index (/data/explorer-index.json, issue 13): the rows of /data/explorer.json
// stored by column, sorted by time, with times delta-coded in minutes, kinds, sides and sites as small
// integers into vocabularies, and titles, dates and ids left out where they follow from the rest
// (a row that does not follow the rule keeps its own value in `x`). Gzip then packs a row into a few
// bytes. decodeIndex(encodeIndex(data)) gives back the same rows, sorted by time then id.
import type { Claimant, DatePrecision, ExplorerData, ExplorerIncident, IncidentType, PlacePrecision, Side } from '$lib/types';
import { DAY_MS, LOCAL_OFFSET_MS, localClock, localDate } from './local-time';

export const INDEX_FORMAT = 'explorer-index/1';

const KINDS: IncidentType[] = ['shelling', 'drone strike', 'armed clash', 'sabotage', 'ceasefire', 'casualties', 'territorial control', 'other'];
const PRECISIONS: DatePrecision[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];
const SITE_PRECISIONS: PlacePrecision[] = ['exact', 'near', 'direction', 'area'];
/** Bits of the side mask: claimants in bits 0–3, accused in bits 4–5. */
export const CLAIMANT_BITS: Record<Claimant, number> = { AM: 1, AZ: 2, 'third-party': 4, media: 8 };
export const ACCUSED_BITS: Record<Side, number> = { AM: 16, AZ: 32 };
const MINUTE = 60_000;

/** The encoded index. Columns have one entry per incident, in time order. */
export interface ExplorerIndex {
	format: typeof INDEX_FORMAT;
	schema_version: number;
	generated: string;
	count: number;
	/** Sites: [place id, label, lon, lat]; lon and lat are null for an area. */
	places: [string, string, number | null, number | null][];
	episodes: ExplorerData['episodes'];
	/** Article ids and titles. */
	sources: [string, string | null][];
	/** Start: minutes since the previous row's start (the first: since the epoch). */
	t: number[];
	/** Span: t1 − t0 in minutes; negative when t1 is the last millisecond before that minute (−1 − minutes). */
	d: number[];
	/** Kind, time precision, site precision: kind + 8 · (precision + 6 · site precision). */
	k: number[];
	/** Side mask (CLAIMANT_BITS | ACCUSED_BITS). */
	s: number[];
	/** Site: index into places. */
	p: number[];
	/** Episode: index into episodes. */
	e: number[];
	/** Sources: their count, then their indices into sources, for each row in turn. */
	a: number[];
	/** Rows whose id, title or dates do not follow from the rest, with their own values. */
	x: Record<number, Partial<Pick<ExplorerIncident, 'id' | 'title' | 'date_start' | 'date_end' | 't0' | 't1' | 'episode' | 'claimants' | 'accused'>>>;
}

/** A title as the pipeline writes it: "Shelling: Goris". */
export const explorerTitle = (kind: IncidentType, place: string) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}: ${place}`;

/** The date strings the pipeline writes for a span: local dates, or local times with their offset at hour and minute precision. */
export function explorerDates(t0: number, t1: number, precision: DatePrecision): { date_start: string; date_end: string } {
	const f = (ms: number) => (precision === 'minute' || precision === 'hour' ? `${localDate(ms)}T${localClock(ms)}+04:00` : localDate(ms));
	return { date_start: f(t0), date_end: f(t1) };
}

/**
 * explorerDates with the local days cached and clock times computed without Date: the same strings,
 * for decoding 100,000 rows.
 */
function datesFormatter(): typeof explorerDates {
	const days = new Map<number, string>();
	const day = (ms: number) => {
		const n = Math.floor((ms + LOCAL_OFFSET_MS) / DAY_MS);
		let text = days.get(n);
		if (text === undefined) days.set(n, (text = localDate(ms)));
		return text;
	};
	const clock = (ms: number) => {
		const minutes = Math.floor((((ms + LOCAL_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS / MINUTE);
		return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
	};
	return (t0, t1, precision) => {
		const f = (ms: number) => (precision === 'minute' || precision === 'hour' ? `${day(ms)}T${clock(ms)}+04:00` : day(ms));
		return { date_start: f(t0), date_end: f(t1) };
	};
}

/** An incident id as the pipeline makes it: start date and site. */
const idBase = (dateStart: string, placeId: string) => `${dateStart.slice(0, 10)}-${placeId}`;

const byTime = (a: ExplorerIncident, b: ExplorerIncident) => a.t0 - b.t0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Encodes the explorer's rows by column.
 *
 * @example
 * const index = encodeIndex(explorerData); // JSON.stringify(index) is /data/explorer-index.json
 */
export function encodeIndex(data: ExplorerData): ExplorerIndex {
	const rows = [...data.incidents].sort(byTime);
	const places = new Map<string, number>();
	const placeList: ExplorerIndex['places'] = [];
	const sourceIds = Object.keys(data.sources);
	const sourceIndex = new Map(sourceIds.map((s, i) => [s, i]));
	const episodeIndex = new Map(data.episodes.map((e, i) => [e.id, i]));
	const out: ExplorerIndex = {
		format: INDEX_FORMAT, schema_version: data.schema_version, generated: data.generated, count: rows.length, places: placeList,
		episodes: data.episodes, sources: sourceIds.map((s) => [s, data.sources[s]]), t: [], d: [], k: [], s: [], p: [], e: [], a: [], x: {}
	};
	let previous = 0;
	rows.forEach((r, n) => {
		const [lon, lat, , placeId, label] = r.site;
		const key = `${placeId}\n${label}\n${lon}\n${lat}`;
		if (!places.has(key)) places.set(key, placeList.push([placeId, label, lon, lat]) - 1);
		const x: ExplorerIndex['x'][number] = {};
		const start = Math.round(r.t0 / MINUTE);
		const span = r.t1 - start * MINUTE;
		const d = span % MINUTE === 0 ? span / MINUTE : (span + 1) % MINUTE === 0 ? -1 - (span + 1) / MINUTE : NaN;
		if (start * MINUTE !== r.t0 || Number.isNaN(d)) Object.assign(x, { t0: r.t0, t1: r.t1 });
		out.t.push(start - previous);
		out.d.push(Number.isNaN(d) ? 0 : d);
		previous = start;
		out.k.push(index(KINDS, r.kind) + 8 * (index(PRECISIONS, r.time_precision) + 6 * index(SITE_PRECISIONS, r.site[2])));
		out.s.push(r.claimants.reduce((m, c) => m | CLAIMANT_BITS[c], 0) | r.accused.reduce((m, a) => m | ACCUSED_BITS[a], 0));
		const [claimants, accused] = unmask(out.s[n]);
		if (claimants.join() !== r.claimants.join()) x.claimants = r.claimants;
		if (accused.join() !== r.accused.join()) x.accused = r.accused;
		out.p.push(places.get(key)!);
		const e = episodeIndex.get(r.episode);
		out.e.push(e ?? -1);
		if (e === undefined) x.episode = r.episode;
		out.a.push(r.sources.length, ...r.sources.map((s) => sourceIndex.get(s) ?? fail(`Unknown source ${s} of incident ${r.id}.`)));
		if (r.title !== explorerTitle(r.kind, label)) x.title = r.title;
		const dates = explorerDates(r.t0, r.t1, r.time_precision);
		if (r.date_start !== dates.date_start) x.date_start = r.date_start;
		if (r.date_end !== dates.date_end) x.date_end = r.date_end;
		const base = idBase(r.date_start, placeId);
		// The id's suffix beyond the derived base ("-2" for the second incident there that day), or the whole id.
		if (r.id !== base) x.id = r.id.startsWith(`${base}-`) ? r.id.slice(base.length) : `=${r.id}`;
		if (Object.keys(x).length) out.x[n] = x;
	});
	return out;
}

/**
 * The explorer's rows back from the index. Rows of equal sides share one array, rows at one site one
 * tuple, so that 100,000 rows stay small in memory.
 *
 * @example
 * const data = decodeIndex(await (await fetch('/data/explorer-index.json')).json());
 */
export function decodeIndex(index: ExplorerIndex): ExplorerData {
	if (index.format !== INDEX_FORMAT) throw new Error(`Unexpected index format: ${index.format}.`);
	const sideCache = new Map<number, [Claimant[], Side[]]>();
	const siteCache = new Map<number, ExplorerIncident['site']>();
	const sourceCache = new Map<string, string[]>();
	const dates = datesFormatter();
	const incidents: ExplorerIncident[] = new Array(index.count);
	let start = 0;
	let a = 0;
	for (let n = 0; n < index.count; n++) {
		start += index.t[n];
		const x = index.x[n] ?? {};
		const code = index.k[n];
		const kind = KINDS[code % 8];
		const precision = PRECISIONS[Math.floor(code / 8) % 6];
		const sitePrecision = SITE_PRECISIONS[Math.floor(code / 48)];
		const place = index.places[index.p[n]];
		const siteKey = index.p[n] * 4 + SITE_PRECISIONS.indexOf(sitePrecision);
		let site = siteCache.get(siteKey);
		if (!site) siteCache.set(siteKey, (site = [place[2], place[3], sitePrecision, place[0], place[1]]));
		let sides = sideCache.get(index.s[n]);
		if (!sides) sideCache.set(index.s[n], (sides = unmask(index.s[n])));
		const count = index.a[a];
		const sourceKey = count === 1 ? String(index.a[a + 1]) : index.a.slice(a + 1, a + 1 + count).join(',');
		let sources = sourceCache.get(sourceKey);
		if (!sources) sourceCache.set(sourceKey, (sources = index.a.slice(a + 1, a + 1 + count).map((i) => index.sources[i][0])));
		a += 1 + count;
		const d = index.d[n];
		const t0 = x.t0 ?? start * MINUTE;
		const t1 = x.t1 ?? t0 + (d >= 0 ? d * MINUTE : (-1 - d) * MINUTE - 1);
		const derived = x.date_start !== undefined && x.date_end !== undefined ? null : dates(t0, t1, precision);
		const date_start = x.date_start ?? derived!.date_start;
		const base = idBase(date_start, place[0]);
		incidents[n] = {
			id: x.id === undefined ? base : x.id.startsWith('=') ? x.id.slice(1) : base + x.id,
			episode: x.episode ?? index.episodes[index.e[n]].id,
			title: x.title ?? explorerTitle(kind, place[1]),
			kind,
			t0,
			t1,
			date_start,
			date_end: x.date_end ?? derived!.date_end,
			time_precision: precision,
			claimants: x.claimants ?? sides[0],
			accused: x.accused ?? sides[1],
			sources,
			site
		};
	}
	return {
		schema_version: index.schema_version,
		generated: index.generated,
		incidents,
		episodes: index.episodes,
		sources: Object.fromEntries(index.sources)
	};
}

function unmask(mask: number): [Claimant[], Side[]] {
	const claimants = (Object.keys(CLAIMANT_BITS) as Claimant[]).filter((c) => mask & CLAIMANT_BITS[c]);
	const accused = (Object.keys(ACCUSED_BITS) as Side[]).filter((s) => mask & ACCUSED_BITS[s]);
	return [claimants, accused];
}

function index<T>(list: readonly T[], value: T): number {
	const i = list.indexOf(value);
	if (i < 0) throw new Error(`Unexpected value in the explorer data: ${String(value)}.`);
	return i;
}

function fail(message: string): never {
	throw new Error(message);
}
