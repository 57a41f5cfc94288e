// Who says what, side by side: an incident's (or an account's) claims in one column per claimant, and
// each denial beside the claims it answers ("Azerbaijan denies this"), never as an accusation.
import { byClaimantOrder } from './labels';
import type { Claim, Claimant } from './types';

export interface ClaimColumn {
	claimant: Claimant;
	/** The claimant's own statements of what happened, in the order given. */
	claims: Claim[];
	/** Other sides' denials of what this column says. */
	denials: Claim[];
}

/**
 * Columns in the order AM, AZ, third party, media. A denial by one side goes beside the claims of
 * every other claimant that accuse that side (or, when none names it, beside every other claimant's
 * claims); a denial that answers nothing shown here gets its denier's own column.
 *
 * @example
 * claimColumns([amShelling, azDenial]) // [{ claimant: 'AM', claims: [amShelling], denials: [azDenial] }]
 */
export function claimColumns(claims: readonly Claim[]): ClaimColumn[] {
	const columns = new Map<Claimant, ClaimColumn>();
	const column = (claimant: Claimant) => columns.get(claimant) ?? columns.set(claimant, { claimant, claims: [], denials: [] }).get(claimant)!;
	for (const c of claims) if (!c.denial) column(c.claimant).claims.push(c);
	for (const d of claims) {
		if (!d.denial) continue;
		const others = [...columns.values()].filter((col) => col.claimant !== d.claimant && col.claims.length > 0);
		const answered = others.filter((col) => col.claims.some((c) => c.accused === d.claimant));
		const targets = answered.length ? answered : others;
		if (targets.length) for (const col of targets) col.denials.push(d);
		else column(d.claimant).denials.push(d);
	}
	return [...columns.values()].sort((a, b) => byClaimantOrder(a.claimant, b.claimant));
}

/** Claims a column shows before "show all": a long list stays scannable, each side's first reports in view. */
export const FIRST_CLAIMS = 3;

/**
 * A column's claims split into those shown at once and those behind "show all" (none when only one would hide).
 *
 * @example
 * firstClaims([a, b, c, d, e]) // { first: [a, b, c], rest: [d, e] }
 */
export function firstClaims<T>(claims: readonly T[], n = FIRST_CLAIMS): { first: T[]; rest: T[] } {
	if (claims.length <= n + 1) return { first: [...claims], rest: [] };
	return { first: claims.slice(0, n), rest: claims.slice(n) };
}
