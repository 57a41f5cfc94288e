// Stage 5b: what the sources of an incident or an episode say side by side, and where they disagree
// (times, places, casualty figures, which side acted, denials); death tolls per side as reported.
import type { Casualty, Claimant, Fatalities, Side, SourceMeta } from '../types';
import type { ClaimDraft } from './claims';
import { formatWhen, LOCAL_OFFSET_HOURS, MS } from './dates';

const SIDE_LABEL: Record<Claimant, string> = { AM: 'the Armenian side', AZ: 'the Azerbaijani side', 'third-party': 'third parties', media: 'the media' };
const COUNTRY: Record<Side, string> = { AM: 'Armenia', AZ: 'Azerbaijan' };

/** The outlet an article counts as, for counting independent sources: its outlet, else its title, else itself. */
export function outletOf(source: string, meta: Record<string, SourceMeta>): string {
	return meta[source]?.outlet ?? meta[source]?.title ?? source;
}

/** How an article is named to readers: its outlet, else its title in quotes (never its raw id). */
export function articleName(source: string, meta: Record<string, SourceMeta>): string {
	return meta[source]?.outlet ?? (meta[source]?.title ? `“${meta[source].title}”` : 'an article without title');
}

/** Who says what, side by side: each claimant side with the names it speaks under and whom it accuses. */
export function summaryOf(claims: ClaimDraft[], meta: Record<string, SourceMeta>): string {
	const sources = unique(claims.map((c) => c.source));
	const outlets = unique(sources.map((s) => articleName(s, meta)));
	const parts = (['AM', 'AZ', 'third-party', 'media'] as Claimant[]).flatMap((side) => {
		const own = claims.filter((c) => c.claimant === side);
		if (own.length === 0) return [];
		const names = unique(own.map((c) => c.claimant_name));
		const accused = unique(own.map((c) => c.accused).filter((a): a is Side => !!a));
		const denies = own.some((c) => c.denial);
		const who = `${SIDE_LABEL[side]} (${names.slice(0, 2).join(', ')}${names.length > 2 ? ` and ${names.length - 2} more` : ''})`;
		const plural = side === 'third-party';
		const says = accused.length ? `${plural ? 'say' : 'says'} ${accused.map((a) => COUNTRY[a]).join(' and ')} acted` : `${plural ? 'report' : 'reports'} it without naming who acted`;
		return [`${who} ${says}${denies ? `, and ${plural ? 'deny' : 'denies'} the other side’s account` : ''}`];
	});
	return `${claims.length} claim${claims.length > 1 ? 's' : ''} in ${sources.length} article${sources.length > 1 ? 's' : ''} (${outlets.join(', ')}). ${capitalise(parts.join('; '))}.`;
}

/** Death tolls per side (whose dead), lowest and highest figure the claims give. */
export function fatalitiesOf(claims: ClaimDraft[]): { min: Fatalities; max: Fatalities } {
	const min: Fatalities = { AM: null, AZ: null, unspecified: null };
	const max: Fatalities = { AM: null, AZ: null, unspecified: null };
	for (const c of claims) {
		for (const x of c.casualties) {
			if (x.status !== 'killed' || x.count === null) continue;
			const k = x.side ?? 'unspecified';
			min[k] = min[k] === null ? x.count : Math.min(min[k]!, x.count);
			max[k] = max[k] === null ? x.count : Math.max(max[k]!, x.count);
		}
	}
	return { min, max };
}

/** Where the sources differ: times of the start, who acted, denials, places (for an episode), casualty figures. */
export function disagreementsOf(claims: ClaimDraft[], meta: Record<string, SourceMeta>, { places = false } = {}): string[] {
	const out: string[] = [];
	const label = (c: ClaimDraft) => `${c.claimant_name}, in ${articleName(c.source, meta)}`;
	// Times: reports that give a time of day and disagree by more than half an hour.
	const timed = claims.filter((c) => c.time_precision === 'minute' || c.time_precision === 'hour');
	const starts = unique(timed.map((c) => c.t0));
	if (starts.length > 1 && Math.max(...starts) - Math.min(...starts) > 30 * 60_000) {
		out.push(`Sources give different times for the start: ${unique(timed.map((c) => `${clock(c)} (${label(c)})`)).join('; ')}.`);
	}
	// Who acted.
	const accusers = new Map<Side, Set<string>>();
	for (const c of claims) if (c.accused) accusers.set(c.accused, (accusers.get(c.accused) ?? new Set()).add(c.claimant));
	if (accusers.size > 1) {
		out.push(`The sides blame each other: ${[...accusers].map(([side, who]) => `${[...who].join(' and ')} say${who.size > 1 ? '' : 's'} ${side} acted`).join('; ')}.`);
	}
	// Denials.
	for (const side of ['AM', 'AZ'] as Side[]) {
		const denial = claims.find((c) => c.denial && c.claimant === side);
		if (denial && claims.some((c) => c.claimant !== side && (c.claimant === 'AM' || c.claimant === 'AZ'))) out.push(`${COUNTRY[side]} denies the other side’s account (${label(denial)}).`);
	}
	// Places: each side names different sites (an episode's sides; an incident has one site).
	if (places) {
		const bySide = new Map<string, Set<string>>();
		for (const c of claims) if (c.claimant === 'AM' || c.claimant === 'AZ') for (const p of c.places) bySide.set(c.claimant, (bySide.get(c.claimant) ?? new Set()).add(p.name));
		if (bySide.size === 2) {
			const [[s1, p1], [s2, p2]] = [...bySide].sort();
			if (![...p1].some((p) => p2.has(p))) out.push(`The sides name different places: ${s1} names ${[...p1].join(', ')}; ${s2} names ${[...p2].join(', ')}.`);
		}
	}
	// Casualty figures for the same status and side that differ between reports.
	for (const status of ['killed', 'wounded'] as const) {
		const bySide = new Map<string, { x: Casualty; c: ClaimDraft }[]>();
		for (const c of claims) {
			for (const x of c.casualties) {
				if (x.status !== status || x.count === null) continue;
				bySide.set(String(x.side), [...(bySide.get(String(x.side)) ?? []), { x, c }]);
			}
		}
		const involved = [...bySide.values()].filter((fs) => new Set(fs.map((f) => f.x.count)).size > 1 && new Set(fs.map((f) => f.c)).size > 1).flat();
		if (involved.length > 0) out.push(`Casualty figures (${status}) differ: ${unique(involved.map((f) => `${f.x.text} (${label(f.c)})`)).join('; ')}.`);
	}
	return out;
}

function clock(c: ClaimDraft): string {
	const local = formatWhen(c.t0, 'minute').slice(11, 16);
	return c.time_zone === 'GMT' ? `${formatWhen(c.t0 - LOCAL_OFFSET_HOURS * MS.HOUR, 'minute').slice(11, 16)} GMT = ${local} UTC+4` : `${local} UTC+4`;
}

function unique<T>(xs: T[]): T[] {
	return [...new Set(xs)];
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
