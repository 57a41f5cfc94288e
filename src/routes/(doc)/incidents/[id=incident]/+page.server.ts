// One incident: everything the page shows, prerendered for every id in the data; a retired id
// (an incident split up or merged) gets a small page that leads to its new home.
import { error } from '@sveltejs/kit';
import { mapOfPlaces } from '$lib/server/basemap';
import { allIncidents, areaCollection, findEpisode, findIncident, findRedirect, getCorpus, redirectsOf } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [
	...allIncidents().map((f) => ({ id: f.properties.id })),
	...redirectsOf('incidents').map((r) => ({ id: r.from }))
];

export const load: PageServerLoad = ({ params }) => {
	const feature = findIncident(params.id);
	if (!feature) {
		const redirect = findRedirect('incidents', params.id);
		if (!redirect) error(404, `There is no incident “${params.id}” in the data.`);
		return { redirect, incident: null, episode: null, map: null, shaped: false, generated: getCorpus().generated };
	}
	const incident = feature.properties;
	const episode = findEpisode(incident.episode);
	// An area (the border) is long north to south: a taller frame keeps it inside the basemap's region.
	const map = mapOfPlaces({ places: [incident.site], areas: areaCollection(), width: 640, height: incident.site.area ? 520 : 340 });
	return {
		redirect: null,
		incident,
		episode: episode ? { id: episode.id, title: episode.title, url: episode.url, incidents: episode.incidents.length } : null,
		map,
		/** False for an area whose shape the basemap lacks: the page says so rather than draw a point. */
		shaped: map !== null,
		generated: getCorpus().generated
	};
};
