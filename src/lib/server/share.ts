// Look-ups over the corpus for the pages and data files: incidents, episodes, redirects, articles and
// places by id, the passages of an article that feed incidents, and the spellings of a place.
import { getCorpus as readCorpus } from '$lib/server/corpus';
import { readLand } from '$lib/server/basemap';
import { areaShapes } from '$lib/map/areas';
import { passagesOf } from '$lib/passages';
import type { AreaCollection } from '$lib/site-types';
import type { Article, Episode, ExplorerEpisode, IncidentFeature, Passage, Place, Redirect } from '$lib/types';

/** The corpus of the event model (issue 9): incidents of one site each, episodes, and redirects of retired ids. */
export type EventCorpus = ReturnType<typeof readCorpus> & { episodes: Episode[]; explorerEpisodes: ExplorerEpisode[]; redirects: Redirect[] };

/** The corpus; stops the build with a message when the pipeline does not give episodes and redirects. */
export function getCorpus(): EventCorpus {
	const corpus = readCorpus() as EventCorpus;
	for (const key of ['episodes', 'explorerEpisodes', 'redirects'] as const) {
		if (!Array.isArray(corpus[key])) throw new Error(`The corpus has no "${key}": src/lib/server/corpus.ts must return the event model of issue 9.`);
	}
	return corpus;
}

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

/** Incidents at this place (each incident has one site). */
export function incidentsAt(placeId: string): IncidentFeature[] {
	return allIncidents().filter((f) => f.properties.site.id === placeId);
}

/** Every episode, by start date then id. */
export function allEpisodes(): Episode[] {
	return [...getCorpus().episodes].sort((a, b) => a.date_start.localeCompare(b.date_start) || a.id.localeCompare(b.id));
}

export function findEpisode(id: string): Episode | undefined {
	return getCorpus().episodes.find((e) => e.id === id);
}

/** Where a retired incident id now lives, unless an incident of that id exists again. */
export function findRedirect(id: string): Redirect | undefined {
	if (findIncident(id)) return undefined;
	return getCorpus().redirects.find((r) => r.from === id);
}

/** Retired incident ids that get a page leading to their new home. */
export function redirectsOfIncidents(): Redirect[] {
	const live = new Set(getCorpus().incidents.map((f) => f.properties.id));
	return getCorpus().redirects.filter((r) => !live.has(r.from));
}

let areas: AreaCollection | undefined;

/** The shapes of area sites, made once per build from the basemap (static/basemap/land.geojson). */
export function areaCollection(): AreaCollection {
	if (!areas) {
		areas = areaShapes({ land: readLand(), places: getCorpus().gazetteer.places });
	}
	return areas;
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
