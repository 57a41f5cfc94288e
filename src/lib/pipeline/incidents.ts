// Stage 5: group the claims of all articles that describe the same event into incidents, and note
// where the sources disagree (times, places, casualty figures, who acted).
import type { Claim, Claimant, DatePrecision, IncidentPlace, IncidentType, Place, Side, SourceMeta } from '../types';
import type { ClaimDraft } from './claims';
import { formatWhen, MS } from './dates';
import { distanceKm } from './text';

/** Kinds that are versions of one event: shelling reported by one side is "sabotage" to the other. */
const FAMILY: Record<IncidentType, string> = {
	shelling: 'combat',
	'drone strike': 'combat',
	'armed clash': 'combat',
	sabotage: 'combat',
	casualties: 'combat',
	other: 'combat',
	ceasefire: 'ceasefire',
	'territorial control': 'territory'
};
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
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	for (let i = 0; i < sorted.length; i++) {
		for (let j = i + 1; j < sorted.length; j++) {
			if (sameEvent(sorted[i], sorted[j], places)) parent[find(j)] = find(i);
		}
	}
	const groups = new Map<number, ClaimDraft[]>();
	sorted.forEach((c, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), c]));
	return [...groups.values()].map((group) => buildIncident(group, meta)).sort((a, b) => a.t0 - b.t0 || a.title.localeCompare(b.title));
}

function byClaimOrder(a: ClaimDraft, b: ClaimDraft): number {
	return a.t0 - b.t0 || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start);
}

function sameEvent(a: ClaimDraft, b: ClaimDraft, places: Map<string, Place>): boolean {
	if (FAMILY[a.type] !== FAMILY[b.type]) return false;
	// Overlapping dates, with a few hours' slack: "late on Tuesday" and "22:40 GMT" (02:40 local on Wednesday) are one night.
	const slack = fine(a) && fine(b) ? SLACK : 0;
	if (a.t0 > b.t1 + slack || b.t0 > a.t1 + slack) return false;
	const broad = (c: Claim) => c.places.every((p) => ['region', 'country'].includes(places.get(p.id)?.kind ?? ''));
	if (broad(a) || broad(b)) return true;
	return a.places.some((p) => b.places.some((q) => p.id === q.id || distanceKm(p, q) <= SAME_FRONT_KM));
}

function fine(c: Claim): boolean {
	return c.date_precision === 'day' || c.date_precision === 'hour' || c.date_precision === 'minute';
}

function buildIncident(claims: ClaimDraft[], meta: Record<string, SourceMeta>): IncidentDraft {
	const t0 = Math.min(...claims.map((c) => c.t0));
	const t1 = Math.max(...claims.map((c) => c.t1));
	const precision = precisionOfSpan(claims, t0, t1);
	const type = mostCommon(claims.map((c) => c.type), TYPE_ORDER);
	const places = mergePlaces(claims);
	const claimants = unique(claims.map((c) => c.claimant)).sort(bySideOrder);
	const accused = unique(claims.map((c) => c.accused).filter((s): s is Side => !!s)).sort();
	const where = places.filter((p) => p.precision !== 'area' || places.length === 1).map((p) => p.name);
	const names = (where.length ? where : places.map((p) => p.name)).slice(0, 3);
	const more = places.length - names.length;
	const first = places.find((p) => p.name === names[0]);
	const title = `${capitalise(type)} ${first?.precision === 'exact' ? 'at' : first?.precision === 'area' ? 'in' : 'near'} ${names.join(', ')}${more > 0 ? ` and ${more} more place${more > 1 ? 's' : ''}` : ''}`;
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
	const coarsest = Math.max(...claims.map((c) => order.indexOf(c.date_precision ?? 'day')));
	const span = t1 - t0;
	const needed = span <= 0 ? 0 : span < MS.HOUR ? 1 : span < 3 * MS.DAY ? 2 : span < 8 * MS.DAY ? 3 : span < 32 * MS.DAY ? 4 : 5;
	return order[Math.max(coarsest, needed)];
}

function mergePlaces(claims: Claim[]): IncidentPlace[] {
	const rank: Record<string, number> = { exact: 0, near: 1, direction: 2, area: 3 };
	const byId = new Map<string, { place: IncidentPlace; count: number; first: number }>();
	claims.forEach((c, k) =>
		c.places.forEach((p) => {
			const known = byId.get(p.id);
			if (!known) byId.set(p.id, { place: { ...p }, count: 1, first: k });
			else {
				known.count++;
				if (rank[p.precision] < rank[known.place.precision]) known.place.precision = p.precision;
			}
		})
	);
	return [...byId.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((e) => e.place);
}

function summaryOf(claims: ClaimDraft[], meta: Record<string, SourceMeta>): string {
	const sources = unique(claims.map((c) => c.source));
	const parts = unique(claims.map((c) => `${c.claimant_name} (${c.claimant})${c.accused ? ` says ${c.accused} acted` : ''}`)).slice(0, 4);
	const outlets = sources.map((s) => meta[s]?.outlet ?? s);
	return `${claims.length} claim${claims.length > 1 ? 's' : ''} from ${sources.length} article${sources.length > 1 ? 's' : ''} (${unique(outlets).join(', ')}). ${parts.join('; ')}.`;
}

function disagreementsOf(claims: ClaimDraft[], meta: Record<string, SourceMeta>): string[] {
	const out: string[] = [];
	const label = (c: ClaimDraft) => `${c.claimant_name}, in ${meta[c.source]?.outlet ?? meta[c.source]?.title ?? c.source}`;
	// Times: reports that give a time of day and disagree by more than half an hour.
	const timed = claims.filter((c) => c.date_precision === 'minute' || c.date_precision === 'hour');
	const starts = unique(timed.map((c) => c.t0));
	if (starts.length > 1 && Math.max(...starts) - Math.min(...starts) > 30 * 60_000) {
		const versions = unique(timed.map((c) => `${clock(c)} (${label(c)})`));
		out.push(`Sources give different times for the start: ${versions.join('; ')}.`);
	}
	// Who acted.
	const accusers = new Map<Side, Set<string>>();
	for (const c of claims) if (c.accused) accusers.set(c.accused, (accusers.get(c.accused) ?? new Set()).add(c.claimant));
	if (accusers.size > 1) {
		out.push(`The sides blame each other: ${[...accusers].map(([side, who]) => `${[...who].join(' and ')} say${who.size > 1 ? '' : 's'} ${side} acted`).join('; ')}.`);
	}
	// Places: each side names different sites.
	const bySide = new Map<string, Set<string>>();
	for (const c of claims) if (c.claimant === 'AM' || c.claimant === 'AZ') for (const p of c.places) bySide.set(c.claimant, (bySide.get(c.claimant) ?? new Set()).add(p.name));
	if (bySide.size === 2) {
		const [[s1, p1], [s2, p2]] = [...bySide].sort();
		if (![...p1].some((p) => p2.has(p))) out.push(`The sides name different places: ${s1} names ${[...p1].join(', ')}; ${s2} names ${[...p2].join(', ')}.`);
	}
	// Casualty figures for the same status that differ.
	for (const status of ['killed', 'wounded'] as const) {
		const figures = claims.flatMap((c) => c.casualties.filter((x) => x.status === status && x.count !== null).map((x) => ({ x, c })));
		// Only figures for the same side (or both unstated) from different reports can contradict each other.
		const involved = figures.filter((f) => figures.some((g) => g.c !== f.c && g.x.side === f.x.side && g.x.count !== f.x.count));
		if (involved.length > 0) {
			out.push(`Casualty figures (${status}) differ: ${unique(involved.map((f) => `${f.x.text} (${label(f.c)})`)).join('; ')}.`);
		}
	}
	return out;
}

function clock(c: ClaimDraft): string {
	const local = formatWhen(c.t0, 'minute').slice(11, 16);
	return c.time_zone === 'GMT' ? `${formatWhen(c.t0 - 4 * MS.HOUR, 'minute').slice(11, 16)} GMT = ${local} UTC+4` : `${local} UTC+4`;
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
