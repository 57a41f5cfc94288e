// One place of the gazetteer: names, spellings seen in the sources, control, coordinates, the
// incidents at it (one site each). An area place shows its shape when the basemap has one.
import { error } from '@sveltejs/kit';
import { AREA_KINDS, areaOf } from '$lib/map/areas';
import { mapOfSites } from '$lib/server/basemap';
import { areaCollection, findPlace, findRedirect, getCorpus, incidentsAt, redirectsOf, spellingsOf } from '$lib/server/share';
import { articleTitle } from '$lib/source-index';
import type { PlaceRecord } from '$lib/gazetteer/draft';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...getCorpus().gazetteer.places.map((p) => ({ id: p.id })), ...redirectsOf('places').map((r) => ({ id: r.from }))];

export const load: PageServerLoad = ({ params }) => {
	const place = findPlace(params.id);
	if (!place) {
		// A place renamed or merged (data/redirects.json): a small page that leads to its new home.
		const redirect = findRedirect('places', params.id);
		if (!redirect) error(404, `There is no place “${params.id}” in the gazetteer.`);
		return { redirect, place: null, province: null, district: null, spellings: [], sourceNames: {}, incidents: [], area: false, map: null };
	}
	const incidents = incidentsAt(place.id).map(({ properties: p }) => ({
		id: p.id,
		title: p.title,
		date_start: p.date_start,
		date_end: p.date_end,
		time_precision: p.time_precision,
		kind: p.kind,
		precision: p.site.precision,
		episode: p.episode
	}));
	// Context places abroad (Brussels, Moscow) are far off the basemap: no map for them.
	const onBasemap = place.lon > 42.6 && place.lon < 50.6 && place.lat > 37.6 && place.lat < 42.4;
	const shape = areaOf(areaCollection(), place.id);
	const area = AREA_KINDS.includes(place.kind) || shape !== null;
	const map = shape
		? mapOfSites({ sites: [], shapes: [shape], width: 640, height: 520, minSpan: 1.6 })
		: onBasemap && !area
			? mapOfSites({ sites: [{ id: place.id, name: place.name, lat: place.lat, lon: place.lon }], width: 640, height: 300, minSpan: 1.6 })
			: null;
	const record = place as PlaceRecord;
	// Articles are named by outlet and title, never by their raw id (issue 11, item 5).
	const spellings = spellingsOf(place.id);
	const used = new Set(spellings.flatMap((s) => s.sources));
	const sourceNames = Object.fromEntries(
		getCorpus().articles.filter((a) => used.has(a.id)).map((a) => [a.id, a.meta.outlet ? `${a.meta.outlet}: “${articleTitle(a)}”` : `“${articleTitle(a)}”`])
	);
	return { redirect: null, place, province: record.province ?? null, district: record.district ?? null, spellings, sourceNames, incidents, area, map };
};
