// Stage 6: group incidents into episodes (outbreaks of fighting): incidents close in time along the
// line form one episode, where each side's account stands beside the other's, with the claims that
// name no site (casualty totals, "fighting continues") and third parties' reactions.
import type { Claim, Claimant, DatePrecision, EpisodeAccount, Fatalities, IncidentType, Reaction, Side, SourceMeta } from '../types';
import type { ClaimDraft, Rejected } from './claims';
import { formatWhen, MS } from './dates';
import { disagreementsOf, fatalitiesOf, outletOf } from './disagreements';
import { bySideOrder, fine, precisionOfSpan, PRECISIONS, type IncidentDraft } from './incidents';
import { EVENT_FAMILY } from './lexicon';
import { formatWhen as readableWhen } from '../when';

/** Incidents less than this far apart belong to one outbreak of fighting. */
const GAP = 1 * MS.DAY;
/** How far around an episode a claim without a site, or a reaction, may be dated and still belong to it. */
const SLACK = 12 * MS.HOUR;

export interface EpisodeDraft {
	title: string;
	t0: number;
	t1: number;
	date_start: string;
	date_end: string;
	time_precision: DatePrecision;
	/** Indexes into the incidents given. */
	incidents: number[];
	unplaced: ClaimDraft[];
	reactions: Reaction[];
	accounts: Omit<EpisodeAccount, 'incidents'>[];
	/** For each account, the indexes of its incidents. */
	accountIncidents: number[][];
	fatalities_min: Fatalities;
	fatalities_max: Fatalities;
	disagreements: string[];
	sources_count: number;
}

export interface EpisodeOptions {
	incidents: IncidentDraft[];
	/** Claims that name no site. */
	unplaced: ClaimDraft[];
	rejected: Rejected[];
	meta: Record<string, SourceMeta>;
}

/**
 * Groups incidents into episodes: day-or-finer incidents chain when less than a day apart; coarser
 * ones (a week, a month) form an episode of their period. Claims without a site join the episode of
 * their dates; those that join none are returned as `left`.
 *
 * @example
 * const { episodes, left } = groupEpisodes({ incidents, unplaced, rejected, meta });
 */
export function groupEpisodes({ incidents, unplaced, rejected, meta }: EpisodeOptions): { episodes: EpisodeDraft[]; left: ClaimDraft[] } {
	const order = incidents.map((_, i) => i).sort((a, b) => incidents[a].t0 - incidents[b].t0 || a - b);
	const groups: number[][] = [];
	const coarse = new Map<string, number[]>();
	let current: number[] = [];
	let end = -Infinity;
	for (const i of order) {
		const inc = incidents[i];
		if (!fine(inc)) {
			const key = `${inc.t0}|${inc.t1}`;
			coarse.set(key, [...(coarse.get(key) ?? []), i]);
			continue;
		}
		if (current.length && inc.t0 > end + GAP) {
			groups.push(current);
			current = [];
			end = -Infinity;
		}
		current.push(i);
		end = Math.max(end, inc.t1);
	}
	if (current.length) groups.push(current);
	groups.push(...coarse.values());
	const spans = groups.map((g) => ({ t0: Math.min(...g.map((i) => incidents[i].t0)), t1: Math.max(...g.map((i) => incidents[i].t1)), fine: fine(incidents[g[0]]) }));
	const extra: ClaimDraft[][] = groups.map(() => []);
	const left: ClaimDraft[] = [];
	// Day-or-finer episodes do not overlap (they are split by gaps), so one binary search finds a claim's; coarse ones by their period.
	const fineSpans = spans.map((s, k) => ({ ...s, k })).filter((s) => s.fine).sort((a, b) => a.t0 - b.t0);
	const coarseSpans = new Map(spans.map((s, k) => [`${s.t0}|${s.t1}`, k] as const).filter(([, k]) => !spans[k].fine));
	for (const c of unplaced) {
		let k = -1;
		if (fine(c)) {
			let lo = 0;
			let hi = fineSpans.length - 1;
			while (lo <= hi) {
				const mid = (lo + hi) >> 1;
				if (fineSpans[mid].t1 + SLACK < c.t0) lo = mid + 1;
				else hi = mid - 1;
			}
			const s = fineSpans[lo];
			if (s && s.t0 - SLACK <= c.t1) k = s.k;
		} else k = coarseSpans.get(`${c.t0}|${c.t1}`) ?? -1;
		if (k >= 0) extra[k].push(c);
		else left.push(c);
	}
	const rejectedBySource = new Map<string, Rejected[]>();
	for (const r of rejected) if (r.claimant === 'third-party') rejectedBySource.set(r.source, [...(rejectedBySource.get(r.source) ?? []), r]);
	const episodes = groups.map((g, k) => buildEpisode(g, extra[k], incidents, rejectedBySource, meta));
	return { episodes: episodes.sort((a, b) => a.t0 - b.t0), left };
}

function buildEpisode(members: number[], unplaced: ClaimDraft[], incidents: IncidentDraft[], rejected: Map<string, Rejected[]>, meta: Record<string, SourceMeta>): EpisodeDraft {
	const claims = [...new Set([...members.flatMap((i) => incidents[i].claims), ...unplaced])].sort((a, b) => a.t0 - b.t0 || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start));
	const t0 = Math.min(...members.map((i) => incidents[i].t0));
	const t1 = Math.max(...members.map((i) => incidents[i].t1));
	const precision = precisionOfSpan(members.map((i) => incidents[i]), t0, t1);
	const articles = new Set(claims.map((c) => c.source));
	const reactions: Reaction[] = [...articles]
		.flatMap((a) => rejected.get(a) ?? [])
		.filter((r) => r.t0 === null || (r.t0 >= t0 - SLACK - MS.DAY && r.t0 <= t1 + SLACK + MS.DAY))
		.filter((r) => /^(?:appeal|reaction|diplomacy)/.test(r.reason))
		.map((r) => ({ speaker: r.speaker ?? 'a third party', source: r.source, start: r.start, end: r.end, quote: r.quote }));
	const claimants = [...new Set(claims.map((c) => c.claimant))].sort(bySideOrder);
	const accounts = claimants.map((claimant) => accountOf(claimant, claims.filter((c) => c.claimant === claimant)));
	const accountIncidents = claimants.map((claimant) => members.filter((i) => incidents[i].claims.some((c) => c.claimant === claimant)));
	// Death tolls: figures that name several places or none are the episode's, as are one-site figures.
	const { min, max } = fatalitiesOf(claims);
	const family = mainFamily(members.map((i) => incidents[i].kind));
	const dates = readableWhen({ start: formatWhen(t0, precision), end: formatWhen(t1, precision), precision: fine(incidents[members[0]]) ? 'day' : precision }).text;
	return {
		title: `${family}, ${dates}`,
		t0,
		t1,
		date_start: formatWhen(t0, precision),
		date_end: formatWhen(t1, precision),
		time_precision: precision,
		incidents: members,
		unplaced,
		reactions,
		accounts,
		accountIncidents,
		fatalities_min: min,
		fatalities_max: max,
		disagreements: disagreementsOf(claims, meta, { places: true }),
		sources_count: new Set(claims.map((c) => outletOf(c.source, meta))).size
	};
}

/** One side's account: what it says happened, where, when it started, whom it accuses, what it denies. */
function accountOf(claimant: Claimant, claims: ClaimDraft[]): Omit<EpisodeAccount, 'incidents'> {
	const counts = new Map<IncidentType, number>();
	for (const c of claims) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
	const sites = new Map(claims.flatMap((c) => c.places).map((p) => [p.id, p]));
	// When it started, by its account: its earliest report, the most precise one first on a tie.
	const first = [...claims].sort((a, b) => a.t0 - b.t0 || PRECISIONS.indexOf(a.time_precision ?? 'day') - PRECISIONS.indexOf(b.time_precision ?? 'day'))[0];
	const other = (s: Claimant): Side | null => (s === 'AM' ? 'AZ' : s === 'AZ' ? 'AM' : null);
	return {
		claimant,
		speakers: [...new Set(claims.map((c) => c.claimant_name))],
		kinds: [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k),
		sites: [...sites.values()],
		first_report: first && first.date_start ? { date: first.date_start, precision: first.time_precision ?? 'day', quote: first.quote, source: first.source, start: first.start, end: first.end } : null,
		accused: [...new Set(claims.map((c) => c.accused).filter((s): s is Side => !!s))].sort(),
		denies: claims.some((c) => c.denial) && other(claimant) ? [other(claimant)!] : [],
		casualties: claims.flatMap((c: Claim) => c.casualties.map((x) => ({ ...x, source: c.source, start: c.start, end: c.end }))),
		claims: claims.length
	};
}

function mainFamily(kinds: IncidentType[]): string {
	const families = kinds.map((k) => EVENT_FAMILY[k]);
	if (families.includes('combat')) return 'Fighting';
	if (families.includes('territory')) return 'Changes of control';
	return 'Ceasefire';
}
