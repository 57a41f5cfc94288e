// Stage 6: readable, stable incident ids ("2022-09-13-goris"). A ledger (data/incident-ids.json,
// written by `npm run extract`) remembers which claims each id was given to, so that adding an
// article never renames an incident that existed before.
import type { IncidentDraft } from './incidents';

/** Incident id → the claims ("<article id>:<start>-<end>") it was given to. */
export type IdLedger = Record<string, string[]>;

export function claimKey(c: { source: string; start: number; end: number }): string {
	return `${c.source}:${c.start}-${c.end}`;
}

/** The id an incident would get on its own: the start date at its precision, then its first site (incidents list named sites before areas). */
export function baseId(incident: IncidentDraft): string {
	const date = incident.date_precision === 'year' ? incident.date_start.slice(0, 4) : incident.date_precision === 'month' ? incident.date_start.slice(0, 7) : incident.date_start.slice(0, 10);
	return `${date}-${incident.places[0]?.id ?? 'unplaced'}`;
}

/**
 * Gives every incident an id: the ledger's id when the incident holds claims the ledger knows
 * (the id with most such claims), else a fresh readable id that no ledger entry uses.
 * Returns the ids (same order as `incidents`) and the updated ledger.
 *
 * @example
 * assignIds({ incidents, ledger: {} }).ids // ['2022-08-lachin-corridor', '2022-09-13-goris', …]
 */
export function assignIds({ incidents, ledger }: { incidents: IncidentDraft[]; ledger: IdLedger }): { ids: string[]; ledger: IdLedger } {
	const owner = new Map<string, string>();
	for (const [id, keys] of Object.entries(ledger)) for (const k of keys) owner.set(k, id);
	const taken = new Set(Object.keys(ledger));
	const used = new Set<string>();
	const ids: (string | null)[] = incidents.map(() => null);
	// First, incidents the ledger knows, most-evidenced first, each ledger id used once.
	const votes = incidents.map((inc, i) => {
		const counts = new Map<string, number>();
		for (const c of inc.claims) {
			const id = owner.get(claimKey(c));
			if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		return { i, ranked: [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) };
	});
	votes.sort((a, b) => (b.ranked[0]?.[1] ?? 0) - (a.ranked[0]?.[1] ?? 0) || a.i - b.i);
	for (const { i, ranked } of votes) {
		const pick = ranked.find(([id]) => !used.has(id));
		if (pick) {
			ids[i] = pick[0];
			used.add(pick[0]);
		}
	}
	// Then fresh ids, in incident order, never reusing an id the ledger has seen.
	incidents.forEach((inc, i) => {
		if (ids[i]) return;
		const base = baseId(inc);
		const typed = `${base}-${inc.type.replace(/\s+/g, '-')}`;
		let id = !taken.has(base) && !used.has(base) ? base : typed;
		for (let n = 2; taken.has(id) || used.has(id); n++) id = `${typed}-${n}`;
		ids[i] = id;
		used.add(id);
	});
	const next: IdLedger = {};
	for (const [id, keys] of Object.entries(ledger)) next[id] = [...keys];
	incidents.forEach((inc, i) => {
		const keys = new Set([...(next[ids[i]!] ?? []), ...inc.claims.map(claimKey)]);
		next[ids[i]!] = [...keys].sort();
	});
	const sorted: IdLedger = {};
	for (const id of Object.keys(next).sort()) sorted[id] = next[id];
	return { ids: ids as string[], ledger: sorted };
}
