// Look-ups over the corpus for the share-and-cite pages: incidents, articles and places by id,
// the passages of an article that feed incidents, and the spellings of a place seen in the sources.
import { getCorpus } from '$lib/server/corpus';
import { passagesOf } from '$lib/passages';
import type { Article, IncidentFeature, Passage, Place } from '$lib/types';

export { getCorpus };

/** Every incident, sorted by start date then id (the order of lists). */
export function allIncidents(): IncidentFeature[] {
	return [...getCorpus().incidents].sort(
		(a, b) => a.properties.date_start.localeCompare(b.properties.date_start) || a.properties.id.localeCompare(b.properties.id)
	);
}

export function findIncident(id: string): IncidentFeature | undefined {
	return getCorpus().incidents.find((f) => f.properties.id === id);
}

export function findArticle(id: string): Article | undefined {
	return getCorpus().articles.find((a) => a.id === id);
}

export function findPlace(id: string): Place | undefined {
	return getCorpus().gazetteer.places.find((p) => p.id === id);
}

/** The passages of one article that feed incidents (claims and sources), merged by span. */
export function articlePassages(articleId: string): Passage[] {
	return passagesOf(articleId, getCorpus().incidents);
}

/** Incidents with a site at this place. */
export function incidentsAt(placeId: string): IncidentFeature[] {
	return allIncidents().filter((f) => f.properties.places.some((p) => p.id === placeId));
}

/** The spellings of a place found in the articles, most frequent first, with the articles using each. */
export function spellingsOf(placeId: string): { surface: string; count: number; sources: string[] }[] {
	const by = new Map<string, { surface: string; count: number; sources: string[] }>();
	for (const m of getCorpus().mentions) {
		if (m.place_id !== placeId) continue;
		const entry = by.get(m.surface) ?? { surface: m.surface, count: 0, sources: [] };
		entry.count += 1;
		if (!entry.sources.includes(m.source)) entry.sources.push(m.source);
		by.set(m.surface, entry);
	}
	return [...by.values()].sort((a, b) => b.count - a.count || a.surface.localeCompare(b.surface));
}
