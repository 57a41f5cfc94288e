// Synthetic incidents at scale (issue 13, item 1): a seeded generator of incidents spread over years
// and over the gazetteer's places, with claims quoted from made-up wire reports, in the explorer's
// data format. Pure: the same options give the same data, byte for byte. Never the site's real data.
import type {
	Claim,
	Claimant,
	DatePrecision,
	ExplorerData,
	ExplorerEpisode,
	ExplorerIncident,
	IncidentPlace,
	IncidentProperties,
	IncidentType,
	Place,
	PlacePrecision,
	SearchIndex,
	Side
} from '$lib/types';
import { SCHEMA_VERSION } from '$lib/types';
import { incidentSearchText } from '$lib/search';
import { fromLocal, localParts } from '$lib/explorer/local-time';
import { explorerDates, explorerTitle } from '$lib/explorer/index-codec';
import { mulberry32, pick, weighted } from './random';

export interface SyntheticOptions {
	count: number;
	/** Seed of the random generator: the same seed gives the same data. */
	seed?: number;
	/** Gazetteer places; context-only places and places without coordinates are never sites. */
	places: readonly Place[];
	/** First and last year covered (local time). */
	years?: [number, number];
}

export interface SyntheticData {
	explorer: ExplorerData;
	/** The full record of each incident, as /data/incidents/<id>.json serves it. */
	details: IncidentProperties[];
	search: SearchIndex;
}

const KINDS: [IncidentType, number][] = [
	['shelling', 40], ['armed clash', 18], ['drone strike', 12], ['casualties', 10], ['sabotage', 6], ['ceasefire', 6], ['territorial control', 4], ['other', 4]
];
const PRECISIONS: [DatePrecision, number][] = [['minute', 8], ['hour', 25], ['day', 55], ['week', 7], ['month', 5]];
const SITE_PRECISIONS: [PlacePrecision, number][] = [['exact', 50], ['near', 35], ['direction', 15]];
const POINT_KINDS = new Set(['settlement', 'height', 'pass', 'landmark', 'lake']);
const AREA_KINDS = new Set(['district', 'province', 'region', 'road']);
const SPEAKERS: Record<Claimant, string[]> = {
	AM: ['the Armenian Defence Ministry', 'Armenia’s Foreign Ministry', 'an Armenian government spokesperson'],
	AZ: ['the Azerbaijani Defence Ministry', 'Azerbaijan’s State Border Service', 'an Azerbaijani presidential aide'],
	'third-party': ['the Russian Foreign Ministry', 'the EU monitoring mission', 'the US State Department'],
	media: ['local residents', 'a correspondent on the scene']
};
const OUTLETS = ['Armenpress', 'APA', 'Reuters', 'AFP', 'News.am', 'Report.az', 'Eurasianet', 'OC Media'];
const VERBS: Record<IncidentType, string> = {
	shelling: 'shelled positions', 'armed clash': 'opened fire on a border post', 'drone strike': 'struck a military vehicle with a drone',
	casualties: 'killed a serviceman', sabotage: 'attempted a sabotage raid', ceasefire: 'violated the ceasefire', 'territorial control': 'advanced on a height',
	other: 'moved heavy equipment'
};
const SIDE_ADJ: Record<Side, string> = { AM: 'Armenian', AZ: 'Azerbaijani' };
const other = (s: Side): Side => (s === 'AM' ? 'AZ' : 'AM');

/**
 * `count` incidents, sorted by time then id, with their episodes (one per month), articles, full
 * records and search texts.
 *
 * @example
 * const { explorer } = syntheticIncidents({ count: 1000, seed: 1, places: gazetteer.places });
 */
export function syntheticIncidents({ count, seed = 13, places, years = [2021, 2025] }: SyntheticOptions): SyntheticData {
	if (!Number.isInteger(count) || count < 0) throw new Error(`Unexpected count: ${count}.`);
	const rnd = mulberry32(seed);
	const usable = places.filter((p) => !p.context_only && Number.isFinite(p.lat) && Number.isFinite(p.lon));
	const points = usable.filter((p) => POINT_KINDS.has(p.kind));
	const areas = usable.filter((p) => AREA_KINDS.has(p.kind));
	if (!points.length) throw new Error('No gazetteer place can be a point site.');
	// A few places see most of the fighting (Zipf-like weights), as on a real front line.
	const pointWeights = points.map((_, i) => 1 / (1 + (i * 7919) % points.length));
	const start = fromLocal(years[0], 0, 1);
	const end = fromLocal(years[1] + 1, 0, 1);
	// Flare-ups: half of all incidents fall in a few dozen bursts of a few days.
	const bursts = Array.from({ length: Math.max(1, Math.round((years[1] - years[0] + 1) * 8)) }, () => start + rnd() * (end - start));

	const drafts: { t: number; precision: DatePrecision; place: Place; area: boolean; sitePrecision: PlacePrecision; kind: IncidentType; claimants: Claimant[]; accused: Side[] }[] = [];
	for (let n = 0; n < count; n++) {
		const t = rnd() < 0.5 ? pick(rnd, bursts) + rnd() * 4 * 86_400_000 : start + rnd() * (end - start);
		const area = areas.length > 0 && rnd() < 0.08;
		const place = area ? pick(rnd, areas) : points[weighted(rnd, pointWeights)];
		const kind = weighted(rnd, KINDS.map((k) => k[1]));
		const first: Side = rnd() < 0.5 ? 'AM' : 'AZ';
		const claimants: Claimant[] = [first];
		if (rnd() < 0.35) claimants.push(other(first));
		if (rnd() < 0.1) claimants.push(rnd() < 0.5 ? 'third-party' : 'media');
		const accused: Side[] = rnd() < 0.08 ? [] : claimants.length > 1 && claimants[1] !== 'third-party' && claimants[1] !== 'media' ? ['AM', 'AZ'] : [other(first)];
		drafts.push({
			t: Math.min(end - 1, t),
			precision: PRECISIONS[weighted(rnd, PRECISIONS.map((p) => p[1]))][0],
			place,
			area,
			sitePrecision: area ? 'area' : SITE_PRECISIONS[weighted(rnd, SITE_PRECISIONS.map((p) => p[1]))][0],
			kind: KINDS[kind][0],
			claimants: order(claimants),
			accused: accused.sort()
		});
	}

	const rows: ExplorerIncident[] = [];
	const details: IncidentProperties[] = [];
	const taken = new Map<string, number>();
	const sources: Record<string, string | null> = {};
	const episodes = new Map<string, ExplorerEpisode>();
	for (const d of drafts) {
		const [t0, t1] = span(d.t, d.precision);
		const { date_start, date_end } = explorerDates(t0, t1, d.precision);
		const p = localParts(t0);
		const episodeId = `${p.year}-${String(p.month + 1).padStart(2, '0')}`;
		if (!episodes.has(episodeId)) {
			const [e0, e1] = span(t0, 'month');
			episodes.set(episodeId, { id: episodeId, title: `Fighting, ${MONTH_NAMES[p.month]} ${p.year}`, t0: e0, t1: e1, ...explorerDates(e0, e1, 'month'), time_precision: 'month' });
		}
		const site: IncidentPlace = { id: d.place.id, name: d.place.name, lat: d.area ? null : d.place.lat, lon: d.area ? null : d.place.lon, precision: d.sitePrecision, kind: d.place.kind, area: d.area };
		const base = `${date_start.slice(0, 10)}-${site.id}`;
		const k = (taken.get(base) ?? 0) + 1;
		taken.set(base, k);
		const id = k === 1 ? base : `${base}-${k}`;
		// One article per outlet and week carries the week's reports.
		const week = Math.max(0, Math.floor((t0 - start) / (7 * 86_400_000)));
		const claims: Claim[] = d.claimants.map((c, j) => {
			const outlet = OUTLETS[(week + j + (c === 'AZ' ? 1 : 0)) % OUTLETS.length];
			const source = `syn-${week}-${outlet.toLowerCase().replace(/[^a-z]/g, '')}`;
			sources[source] ??= `${outlet}: border incidents, week ${week + 1}`;
			const speaker = pick(rnd, SPEAKERS[c]);
			const acts = c === 'AM' || c === 'AZ' ? (d.accused.includes(other(c)) ? other(c) : c) : (d.accused[0] ?? null);
			const quote = acts
				? `${capital(speaker)} said ${SIDE_ADJ[acts]} forces ${VERBS[d.kind]} near ${site.name}.`
				: `${capital(speaker)} reported ${d.kind} near ${site.name}, without saying who was responsible.`;
			const startAt = 100 + 250 * (rows.length % 40);
			return {
				id: `${source}:${startAt}-${startAt + quote.length}:${c}`, claimant: c, claimant_name: speaker, outlet, accused: acts, denial: false, kind: d.kind,
				statement: quote, date_start, date_end, time_precision: d.precision, time_zone: null, weapons: d.kind === 'shelling' ? ['artillery'] : [], casualties: [],
				places: [site], source, start: startAt, end: startAt + quote.length, quote
			};
		});
		const row: ExplorerIncident = {
			id, episode: episodeId, title: explorerTitle(d.kind, site.name), kind: d.kind, t0, t1, date_start, date_end, time_precision: d.precision,
			claimants: d.claimants, accused: d.accused, sources: [...new Set(claims.map((c) => c.source))], site: [site.lon, site.lat, site.precision, site.id, site.name]
		};
		rows.push(row);
		const none = { AM: null, AZ: null, unspecified: null };
		details.push({
			schema_version: SCHEMA_VERSION, id, episode: episodeId, title: row.title, summary: `${claims.length} synthetic claim(s) in ${row.sources.length} made-up article(s).`,
			kind: d.kind, site, date_start, date_end, time_precision: d.precision, claimants: d.claimants, accused: d.accused, denied_by: [], sources_count: row.sources.length,
			fatalities_min: none, fatalities_max: none, claims,
			sources: claims.map((c) => ({ source: c.source, title: sources[c.source], outlet: c.outlet, start: c.start, end: c.end, quote: c.quote })),
			disagreements: [], url: `/incidents/${id}`
		});
	}
	const orderOf = rows.map((_, i) => i).sort((a, b) => rows[a].t0 - rows[b].t0 || (rows[a].id < rows[b].id ? -1 : rows[a].id > rows[b].id ? 1 : 0));
	const sorted = orderOf.map((i) => rows[i]);
	const sortedDetails = orderOf.map((i) => details[i]);
	const titles = new Map([...episodes.values()].map((e) => [e.id, e.title]));
	const search: SearchIndex = Object.fromEntries(sortedDetails.map((p) => [p.id, incidentSearchText(p, titles.get(p.episode))]));
	return {
		explorer: {
			schema_version: SCHEMA_VERSION,
			generated: `${years[1]}-12-31`,
			incidents: sorted,
			episodes: [...episodes.values()].sort((a, b) => a.t0 - b.t0),
			sources
		},
		details: sortedDetails,
		search
	};
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CLAIMANT_ORDER: Claimant[] = ['AM', 'AZ', 'third-party', 'media'];
const order = (cs: Claimant[]) => [...new Set(cs)].sort((a, b) => CLAIMANT_ORDER.indexOf(a) - CLAIMANT_ORDER.indexOf(b));
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/** The [t0, t1] of the period of this precision that holds t (t1 its last millisecond; minute: t itself). */
function span(t: number, precision: DatePrecision): [number, number] {
	const p = localParts(t);
	switch (precision) {
		case 'minute': {
			const m = fromLocal(p.year, p.month, p.day, p.hour, p.minute);
			return [m, m];
		}
		case 'hour':
			return [fromLocal(p.year, p.month, p.day, p.hour), fromLocal(p.year, p.month, p.day, p.hour + 1) - 1];
		case 'day':
			return [fromLocal(p.year, p.month, p.day), fromLocal(p.year, p.month, p.day + 1) - 1];
		case 'week': {
			const day = fromLocal(p.year, p.month, p.day);
			const monday = day - ((new Date(day + 4 * 3_600_000).getUTCDay() + 6) % 7) * 86_400_000;
			return [monday, monday + 7 * 86_400_000 - 1];
		}
		case 'month':
			return [fromLocal(p.year, p.month), fromLocal(p.year, p.month + 1) - 1];
		case 'year':
			return [fromLocal(p.year, 0), fromLocal(p.year + 1, 0) - 1];
	}
}
