// Stage 5: group the claims of all articles that describe the same event into incidents, and note
// where the sources disagree (times, places, casualty figures, who acted).
import type { Claim, Claimant, DatePrecision, IncidentPlace, IncidentType, Place, Side, SourceMeta } from '../types';
import type { ClaimDraft } from './claims';
import { formatWhen, MS } from './dates';
import { EVENT_FAMILY } from './lexicon';
import { disagreementsOf, summaryOf } from './disagreements'; // who says what, and where sources differ
import { distanceKm } from './text';


/** Sites this close are one front for grouping (the two sides name places on their own side of the line). */
const SAME_FRONT_KM = 60;
const SLACK = 6 * MS.HOUR;
const TYPE_ORDER: IncidentType[] = ['shelling', 'drone strike', 'armed clash', 'sabotage', 'territorial control', 'ceasefire', 'casualties', 'other'];

export interface IncidentDraft {
	type: IncidentType;
	title: string;
	summary: string;
	t0: number;
	t1: number;
	date_start: string;
	date_end: string;
	date_precision: DatePrecision;
	claimants: Claimant[];
	accused: Side[];
	places: IncidentPlace[];
	claims: ClaimDraft[];
	disagreements: string[];
}

export interface GroupOptions {
	claims: ClaimDraft[];
	places: Map<string, Place>;
	meta: Record<string, SourceMeta>;
}

/**
 * Groups claims into incidents: same kind family, overlapping dates, and sites on the same front
 * (a broad area such as "the border" joins any incident of its dates).
 *
 * @example
 * groupIncidents({ claims, places, meta }) // [{ type: 'shelling', claims: [...], disagreements: [...] }, …]
 */
export function groupIncidents({ claims, places, meta }: GroupOptions): IncidentDraft[] {
	const sorted = [...claims].sort(byClaimOrder);
	const parent = sorted.map((_, i) => i);
	const size = sorted.map(() => 1);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]];
		return i;
	};
	const union = (a: number, b: number) => {
		const [ra, rb] = [find(a), find(b)];
		if (ra === rb) return;
		const [big, small] = size[ra] >= size[rb] ? [ra, rb] : [rb, ra];
		parent[small] = big;
		size[big] += size[small];
	};
	const isBroad = (c: Claim) => c.places.every((p) => ['region', 'country'].includes(places.get(p.id)?.kind ?? ''));
	// 1. Claims with named sites: sweep in time order. The claims still open (span plus slack reaching the
	//    current one) are kept in buckets by kind family and incident, so a claim is tested against each
	//    open incident until one claim of it matches, and incidents it cannot join are skipped whole.
	const open = new Map<string, Map<number, number[]>>(); // family and kind of date → incident root → its open claims
	const broad: number[] = [];
	for (let j = 0; j < sorted.length; j++) {
		const c = sorted[j];
		if (isBroad(c)) {
			broad.push(j);
			continue;
		}
		// Only claims of the same family and the same kind of date can match (see compatible()).
		const kind = fine(c) ? `${EVENT_FAMILY[c.type]}|fine` : `${EVENT_FAMILY[c.type]}|${c.t0}|${c.t1}`;
		const buckets = open.get(kind) ?? new Map<number, number[]>();
		open.set(kind, buckets);
		const joined: number[] = [];
		for (const [root, list] of buckets) {
			let kept = 0; // drop claims that have closed for good (starts only grow)
			for (const i of list) if (sorted[i].t1 + SLACK >= c.t0) list[kept++] = i;
			list.length = kept;
			if (kept === 0) {
				buckets.delete(root);
				continue;
			}
			if (list.some((i) => sameEvent(sorted[i], c))) joined.push(root);
		}
		// Merge the incidents it joins (and their open claims) into one bucket.
		let bucket = [j];
		for (const root of joined) {
			const list = buckets.get(root)!;
			buckets.delete(root);
			union(root, j);
			bucket = list.length > bucket.length ? (list.push(...bucket), list) : (bucket.push(...list), bucket);
		}
		buckets.set(find(j), bucket);
	}
	// 2. Claims that name only "the border" or a region join the largest incident of their dates, never bridging two.
	//    Incidents are looked up by day (fine dates) or by period (coarse dates), so this stays linear.
	const byDay = new Map<string, Map<number, number>>(); // family|day, or family|period → incident root → one of its claims
	const keysOf = (c: ClaimDraft, slack: number): string[] => {
		if (!fine(c)) return [`${EVENT_FAMILY[c.type]}|${c.t0}|${c.t1}`];
		const keys: string[] = [];
		for (let d = Math.floor((c.t0 - slack) / MS.DAY); d <= Math.floor((c.t1 + slack) / MS.DAY); d++) keys.push(`${EVENT_FAMILY[c.type]}|${d}`);
		return keys;
	};
	const broadSet = new Set(broad);
	sorted.forEach((c, i) => {
		if (broadSet.has(i)) return;
		for (const key of keysOf(c, 0)) {
			const roots = byDay.get(key) ?? new Map<number, number>();
			if (!roots.has(find(i))) roots.set(find(i), i);
			byDay.set(key, roots);
		}
	});
	const joined = new Map<number, number>();
	for (const j of broad) {
		let best = -1;
		for (const key of keysOf(sorted[j], SLACK)) {
			for (const [root, i] of byDay.get(key) ?? []) {
				if ((best < 0 || size[root] > size[best]) && compatible(sorted[i], sorted[j])) best = root;
			}
		}
		if (best >= 0) joined.set(j, best);
	}
	for (const [j, root] of joined) union(root, j);
	// 3. Broad claims that joined nothing group among themselves: overlapping dates chain in one sweep per kind family.
	const last = new Map<string, number>();
	for (const j of broad.filter((j) => !joined.has(j))) {
		const key = fine(sorted[j]) ? `${EVENT_FAMILY[sorted[j].type]}|fine` : `${EVENT_FAMILY[sorted[j].type]}|${sorted[j].t0}|${sorted[j].t1}`;
		const previous = last.get(key);
		if (previous !== undefined && compatible(sorted[previous], sorted[j])) union(previous, j);
		if (previous === undefined || sorted[j].t1 >= sorted[previous].t1) last.set(key, j);
	}
	const groups = new Map<number, ClaimDraft[]>();
	sorted.forEach((c, i) => {
		const root = find(i);
		const group = groups.get(root);
		if (group) group.push(c);
		else groups.set(root, [c]);
	});
	return [...groups.values()].map((group) => buildIncident(group, meta, places)).sort((a, b) => a.t0 - b.t0 || a.title.localeCompare(b.title));
}

function byClaimOrder(a: ClaimDraft, b: ClaimDraft): number {
	return a.t0 - b.t0 || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start);
}

/** Same kind family and overlapping dates at a compatible precision. */
function compatible(a: ClaimDraft, b: ClaimDraft): boolean {
	if (EVENT_FAMILY[a.type] !== EVENT_FAMILY[b.type]) return false;
	// A week, month or year is one period: it joins only reports of that same period, so coarse dates never chain fine ones.
	if (fine(a) !== fine(b)) return false;
	if (!fine(a)) return a.t0 === b.t0 && a.t1 === b.t1;
	// Overlapping dates, with a few hours' slack: "late on Tuesday" and "22:40 GMT" (02:40 local on Wednesday) are one night.
	return a.t0 <= b.t1 + SLACK && b.t0 <= a.t1 + SLACK;
}

function sameEvent(a: ClaimDraft, b: ClaimDraft): boolean {
	if (!compatible(a, b)) return false;
	return a.places.some((p) => b.places.some((q) => p.id === q.id || distanceKm(p, q) <= SAME_FRONT_KM));
}

function fine(c: Claim): boolean {
	return c.date_precision === 'day' || c.date_precision === 'hour' || c.date_precision === 'minute';
}

function buildIncident(claims: ClaimDraft[], meta: Record<string, SourceMeta>, gazetteer: Map<string, Place>): IncidentDraft {
	const t0 = claims.reduce((m, c) => Math.min(m, c.t0), Infinity);
	const t1 = claims.reduce((m, c) => Math.max(m, c.t1), -Infinity);
	const precision = precisionOfSpan(claims, t0, t1);
	const type = mostCommon(claims.map((c) => c.type), TYPE_ORDER);
	const places = mergePlaces(claims, gazetteer);
	const claimants = unique(claims.map((c) => c.claimant)).sort(bySideOrder);
	const accused = unique(claims.map((c) => c.accused).filter((s): s is Side => !!s)).sort();
	const where = places.filter((p) => p.precision !== 'area' || places.length === 1).map((p) => p.name);
	const names = (where.length ? where : places.map((p) => p.name)).slice(0, 3);
	const more = places.length - names.length;
	const title = `${capitalise(type)}: ${names.join(', ')}${more > 0 ? ` and ${more} more place${more > 1 ? 's' : ''}` : ''}`;
	return {
		type,
		title,
		summary: summaryOf(claims, meta),
		t0,
		t1,
		date_start: formatWhen(t0, precision),
		date_end: formatWhen(t1, precision),
		date_precision: precision,
		claimants,
		accused,
		places,
		claims,
		disagreements: disagreementsOf(claims, meta)
	};
}

/** The precision a span can honestly claim: the coarsest precision of its claims, widened to cover the span. */
function precisionOfSpan(claims: ClaimDraft[], t0: number, t1: number): DatePrecision {
	const order: DatePrecision[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];
	const coarsest = claims.reduce((m, c) => Math.max(m, order.indexOf(c.date_precision ?? 'day')), 0);
	const span = t1 - t0;
	const needed = span <= 0 ? 0 : span < MS.HOUR ? 1 : span < 3 * MS.DAY ? 2 : span < 8 * MS.DAY ? 3 : span < 32 * MS.DAY ? 4 : 5;
	return order[Math.max(coarsest, needed)];
}

/** Narrow areas before broad ones when an incident has only areas: a corridor says more than a region. */
const AREA_RANK: Record<string, number> = { road: 0, lake: 0, pass: 0, height: 0, district: 1, province: 2, region: 3, country: 4 };

/** The sites of an incident: named sites first, most cited first; areas after them, narrowest first. */
function mergePlaces(claims: Claim[], gazetteer: Map<string, Place>): IncidentPlace[] {
	const rank: Record<string, number> = { exact: 0, near: 1, direction: 2, area: 3 };
	const byId = new Map<string, { place: IncidentPlace; count: number; first: number }>();
	claims.forEach((c, k) =>
		c.places.forEach((p) => {
			const known = byId.get(p.id);
			if (!known) byId.set(p.id, { place: { ...p }, count: 1, first: k }); // a copy: its precision may be refined below
			else {
				known.count++;
				if (rank[p.precision] < rank[known.place.precision]) known.place.precision = p.precision;
			}
		})
	);
	const area = (e: { place: IncidentPlace }) => (e.place.precision === 'area' ? 1 + (AREA_RANK[gazetteer.get(e.place.id)?.kind ?? 'region'] ?? 3) : 0);
	return [...byId.values()].sort((a, b) => area(a) - area(b) || b.count - a.count || a.first - b.first).map((e) => e.place);
}

function mostCommon<T>(xs: T[], order: T[]): T {
	const counts = new Map<T, number>();
	for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0][0];
}

function bySideOrder(a: Claimant, b: Claimant): number {
	const order: Claimant[] = ['AM', 'AZ', 'third-party', 'media'];
	return order.indexOf(a) - order.indexOf(b);
}

function unique<T>(xs: T[]): T[] {
	return [...new Set(xs)];
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
