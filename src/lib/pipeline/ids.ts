// Stage 7: readable, stable ids ("2022-09-13-goris" for an incident, "2022-09-13" for an episode).
// A ledger (data/incident-ids.json, written by `npm run extract`) remembers which claims each
// incident id was given to, and which incidents each episode id, so that adding an article never
// renames what existed before. Ids published once and gone now are sent to their new home by redirects.ts.
import type { EpisodeDraft } from './episodes';
import type { IncidentDraft } from './incidents';

/** Id → the keys it was given to: claims at a site ("<article id>:<start>-<end>@<place id>") for incidents, incident ids for episodes ("episode:<id>"). */
export type IdLedger = Record<string, string[]>;

const EPISODE = 'episode:';

export function claimKey(c: { source: string; start: number; end: number }): string {
	return `${c.source}:${c.start}-${c.end}`;
}

/** The date part of an id: the start date at its precision. */
function datePart(d: { date_start: string; time_precision: string }): string {
	return d.time_precision === 'year' ? d.date_start.slice(0, 4) : d.time_precision === 'month' ? d.date_start.slice(0, 7) : d.date_start.slice(0, 10);
}

/** The id an incident would get on its own: its start date at its precision, then its site. */
export function baseId(incident: IncidentDraft): string {
	return `${datePart(incident)}-${incident.site.id}`;
}

/**
 * Gives every item an id: the ledger's id when the item holds keys the ledger knows (the id with
 * most such keys, each used once), else a fresh readable id that no ledger entry has used.
 */
function assign(items: { keys: string[]; base: string; alt: string }[], ledger: IdLedger, prefix: string): { ids: string[]; ledger: IdLedger } {
	const owner = new Map<string, string>();
	for (const [id, keys] of Object.entries(ledger)) if (id.startsWith(prefix) || (!prefix && !id.startsWith(EPISODE))) for (const k of keys) owner.set(k, id);
	const taken = new Set(Object.keys(ledger));
	const used = new Set<string>();
	const ids: (string | null)[] = items.map(() => null);
	const votes = items.map((item, i) => {
		const counts = new Map<string, number>();
		for (const k of item.keys) {
			const id = owner.get(k);
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
	const nextNumber = new Map<string, number>(); // per alternative id: the number to try next (no rescans when many share one)
	items.forEach((item, i) => {
		if (ids[i]) return;
		const base = prefix + item.base;
		const alt = prefix + item.alt;
		let id = !taken.has(base) && !used.has(base) ? base : alt;
		for (let n = nextNumber.get(alt) ?? 2; taken.has(id) || used.has(id); n++) {
			id = `${alt}-${n}`;
			nextNumber.set(alt, n + 1);
		}
		ids[i] = id;
		used.add(id);
	});
	const next: IdLedger = {};
	for (const [id, keys] of Object.entries(ledger)) next[id] = [...keys];
	items.forEach((item, i) => (next[ids[i]!] = [...new Set([...(next[ids[i]!] ?? []), ...item.keys])].sort()));
	const sorted: IdLedger = {};
	for (const id of Object.keys(next).sort()) sorted[id] = next[id];
	return { ids: (ids as string[]).map((id) => id.slice(prefix.length)), ledger: sorted };
}

/**
 * Ids of incidents and of their episodes, kept stable by the ledger.
 *
 * @example
 * assignIds({ incidents, episodes, ledger: {} }).incidentIds // ['2022-08-lachin', '2022-09-13-goris', …]
 */
export function assignIds({ incidents, episodes, ledger }: { incidents: IncidentDraft[]; episodes: EpisodeDraft[]; ledger: IdLedger }): {
	incidentIds: string[];
	episodeIds: string[];
	ledger: IdLedger;
} {
	const inc = assign(
		incidents.map((d) => ({ keys: d.claims.map((c) => `${claimKey(c)}@${d.site.id}`), base: baseId(d), alt: `${baseId(d)}-${d.kind.replace(/\s+/g, '-')}` })),
		ledger,
		''
	);
	const epi = assign(
		episodes.map((e) => ({ keys: e.incidents.map((i) => inc.ids[i]), base: datePart(e), alt: datePart(e) })),
		inc.ledger,
		EPISODE
	);
	return { incidentIds: inc.ids, episodeIds: epi.ids, ledger: epi.ledger };
}
