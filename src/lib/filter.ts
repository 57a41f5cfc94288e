// The explorer's one filter: pure, so the map, the list and the timeline all derive from it.
import type { ExplorerFilters, ExplorerIncident, SearchIndex } from './types';

/** Lower-cased words of a free-text query. */
export function queryWords(q: string): string[] {
	return q.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The incidents that pass every filter, in input order. Time: the incident's span [t0, t1] overlaps
 * [from, to). Sides and kinds: any selected value matches (an empty list matches all); accused
 * `none` matches incidents with no accused side. Sides act on incidents, each of which holds one
 * site, so they separate the two accounts. Episode: its incidents only. Text: every word occurs in
 * the incident's search text, or in its title while the search index is not loaded yet.
 *
 * @example
 * filterIncidents(data.incidents, { ...NO_FILTERS, claimant: ['AM'], type: ['shelling'] })
 */
export function filterIncidents(
	incidents: readonly ExplorerIncident[],
	filters: ExplorerFilters,
	search?: SearchIndex | null
): ExplorerIncident[] {
	const { from, to, claimant, accused, type, source, episode } = filters;
	const words = queryWords(filters.q);
	return incidents.filter((i) => {
		if (from !== null && Math.max(i.t0, i.t1) < from) return false;
		if (to !== null && i.t0 >= to) return false;
		if (claimant.length && !i.claimants.some((c) => claimant.includes(c))) return false;
		if (accused.length && !(i.accused.length ? i.accused.some((a) => accused.includes(a)) : accused.includes('none'))) return false;
		if (type.length && !type.includes(i.kind)) return false;
		if (episode !== null && i.episode !== episode) return false;
		if (source !== null && !i.sources.includes(source)) return false;
		if (words.length) {
			const haystack = search?.[i.id] ?? i.title.toLowerCase();
			if (!words.every((w) => haystack.includes(w))) return false;
		}
		return true;
	});
}
