// Stage 5: group claims into incidents, as conflict-event datasets (ACLED) do: one site, one time
// window, one kind family of event. A claim that names three places supports three incidents; the
// claims of all articles about the same site and time stand side by side on one incident.
import type { Claimant, DatePrecision, Fatalities, IncidentPlace, IncidentType, Side, SourceMeta } from '../types';
import type { ClaimDraft } from './claims';
import { formatWhen, MS } from './dates';
import { disagreementsOf, fatalitiesOf, outletOf, summaryOf } from './disagreements'; // who says what, and where sources differ
import { EVENT_FAMILY } from './lexicon';

/** Reports of one site this many hours apart are still one time window ("late on Tuesday" and "02:40 on Wednesday"). */
const SLACK = 6 * MS.HOUR;
const KIND_ORDER: IncidentType[] = ['shelling', 'drone strike', 'armed clash', 'sabotage', 'territorial control', 'ceasefire', 'other', 'casualties'];
/** Time precisions, finest first. */
export const PRECISIONS: DatePrecision[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];

export interface IncidentDraft {
	kind: IncidentType;
	site: IncidentPlace;
	title: string;
	summary: string;
	t0: number;
	t1: number;
	date_start: string;
	date_end: string;
	time_precision: DatePrecision;
	claimants: Claimant[];
	accused: Side[];
	denied_by: Side[];
	sources_count: number;
	fatalities_min: Fatalities;
	fatalities_max: Fatalities;
	claims: ClaimDraft[];
	disagreements: string[];
}

export interface GroupOptions {
	claims: ClaimDraft[];
	meta: Record<string, SourceMeta>;
}

/**
 * Groups claims into incidents: for each site a claim names, claims of the same kind family whose
 * time windows overlap (within a few hours) form one incident; a week, month or year is one period
 * and joins only claims of that same period. Claims that name no site are left for the episodes.
 *
 * @example
 * groupIncidents({ claims, meta }) // [{ kind: 'shelling', site: { id: 'goris', … }, claims: [...] }, …]
 */
export function groupIncidents({ claims, meta }: GroupOptions): IncidentDraft[] {
	const bySite = new Map<string, { claim: ClaimDraft; site: IncidentPlace }[]>();
	for (const claim of claims) {
		for (const site of claim.places) {
			const key = `${site.id}|${EVENT_FAMILY[claim.kind]}|${fine(claim) ? 'fine' : `${claim.t0}|${claim.t1}`}`;
			const list = bySite.get(key);
			if (list) list.push({ claim, site });
			else bySite.set(key, [{ claim, site }]);
		}
	}
	const groups: { claim: ClaimDraft; site: IncidentPlace }[][] = [];
	for (const units of bySite.values()) {
		units.sort((a, b) => a.claim.t0 - b.claim.t0 || byClaimOrder(a.claim, b.claim));
		let current: typeof units = [];
		let end = -Infinity;
		for (const u of units) {
			// Sorted by start: a unit joins the open window when it starts before the window's end (plus slack).
			if (current.length && u.claim.t0 > end + SLACK) {
				groups.push(current);
				current = [];
				end = -Infinity;
			}
			current.push(u);
			end = Math.max(end, u.claim.t1);
		}
		if (current.length) groups.push(current);
	}
	return groups.map((g) => buildIncident(g, meta)).sort((a, b) => a.t0 - b.t0 || a.title.localeCompare(b.title));
}

function byClaimOrder(a: ClaimDraft, b: ClaimDraft): number {
	return a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start || (a.claimant < b.claimant ? -1 : 1);
}

/** A day or finer: such claims group by overlapping windows; coarser ones by their period. */
export function fine(c: { time_precision: DatePrecision | null }): boolean {
	return c.time_precision === 'day' || c.time_precision === 'hour' || c.time_precision === 'minute';
}

function buildIncident(units: { claim: ClaimDraft; site: IncidentPlace }[], meta: Record<string, SourceMeta>): IncidentDraft {
	const claims = [...new Set(units.map((u) => u.claim))].sort((a, b) => a.t0 - b.t0 || byClaimOrder(a, b));
	// The most precise statement of where: "in Goris" outranks "in the direction of Goris".
	const rank = { exact: 0, near: 1, direction: 2, area: 3 };
	const site = units.map((u) => u.site).sort((a, b) => rank[a.precision] - rank[b.precision])[0];
	const t0 = Math.min(...claims.map((c) => c.t0));
	const t1 = Math.max(...claims.map((c) => c.t1));
	const precision = precisionOfSpan(claims, t0, t1);
	const kind = mainKind(claims.map((c) => c.kind));
	// A figure stated for several places at once belongs to none of them alone: only one-site claims count here.
	const { min, max } = fatalitiesOf(claims.filter((c) => c.places.length === 1));
	return {
		kind,
		site,
		title: `${capitalise(kind)}: ${site.name}`,
		summary: summaryOf(claims, meta),
		t0,
		t1,
		date_start: formatWhen(t0, precision),
		date_end: formatWhen(t1, precision),
		time_precision: precision,
		claimants: unique(claims.map((c) => c.claimant)).sort(bySideOrder),
		accused: unique(claims.map((c) => c.accused).filter((s): s is Side => !!s)).sort(),
		denied_by: unique(claims.filter((c) => c.denial).map((c) => c.claimant as Side)).sort(),
		sources_count: new Set(claims.map((c) => outletOf(c.source, meta))).size,
		fatalities_min: min,
		fatalities_max: max,
		claims,
		disagreements: disagreementsOf(claims, meta)
	};
}

/** The precision a span can honestly claim: the coarsest precision of its claims, widened to cover the span. */
export function precisionOfSpan(claims: { time_precision: DatePrecision | null }[], t0: number, t1: number): DatePrecision {
	const coarsest = claims.reduce((m, c) => Math.max(m, PRECISIONS.indexOf(c.time_precision ?? 'day')), 0);
	const span = t1 - t0;
	const needed = span <= 0 ? 0 : span < MS.HOUR ? 1 : span < 3 * MS.DAY ? 2 : span < 8 * MS.DAY ? 3 : span < 32 * MS.DAY ? 4 : 5;
	return PRECISIONS[Math.max(coarsest, needed)];
}

/** The kind most claims give; "casualties" only when no claim names the act itself. */
export function mainKind(kinds: IncidentType[]): IncidentType {
	const counts = new Map<IncidentType, number>();
	for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
	const acts = [...counts].filter(([k]) => k !== 'casualties');
	const pool = acts.length ? acts : [...counts];
	return pool.sort((a, b) => b[1] - a[1] || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]))[0][0];
}

export function bySideOrder(a: Claimant, b: Claimant): number {
	const order: Claimant[] = ['AM', 'AZ', 'third-party', 'media'];
	return order.indexOf(a) - order.indexOf(b);
}

function unique<T>(xs: T[]): T[] {
	return [...new Set(xs)];
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
