// Look-ups over the corpus for the pages and data files: incidents, episodes, redirects, articles and
// places by id, the passages of an article that feed incidents, and the spellings of a place.
import { getCorpus } from '$lib/server/corpus';
import { readLand } from '$lib/server/basemap';
import { areaShapes } from '$lib/map/areas';
import { passagesOf } from '$lib/passages';
import type { AreaCollection, LinkedPassage } from '$lib/site-types';
import type { Article, Episode, IncidentFeature, Place, Redirect } from '$lib/types';
import { pageOf, type PageKind } from '$lib/pipeline/redirects';

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

/** The passages of one article that feed incidents (claims and sources) and episodes, merged by span. */
export function articlePassages(articleId: string): LinkedPassage[] {
	return passagesOf(articleId, getCorpus().incidents, getCorpus().episodes);
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

/** Retired ids of one kind of page that get a page leading to their new home. */
export function redirectsOf(kind: PageKind): Redirect[] {
	return getCorpus().redirects.filter((r) => r.from_url === `/${kind}/${r.from}`);
}

const LISTS: Record<string, string> = { '/incidents': 'the list of all incidents', '/episodes': 'the list of all episodes', '/places': 'the list of all places', '/sources': 'the list of all sources' };

/** Where a retired id of that kind now lives, with the title of its new home. */
export function findRedirect(kind: PageKind, id: string): (Redirect & { title: string }) | undefined {
	const r = redirectsOf(kind).find((x) => x.from === id);
	if (!r) return undefined;
	const home = pageOf(r.url);
	const title =
		(home?.kind === 'episodes'
			? findEpisode(home.id)?.title
			: home?.kind === 'incidents'
				? findIncident(home.id)?.properties.title
				: home?.kind === 'places'
					? findPlace(home.id)?.name
					: home?.kind === 'sources'
						? (findArticle(home.id)?.meta.title ?? home.id)
						: LISTS[r.url]) ?? r.url;
	return { ...r, title };
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
