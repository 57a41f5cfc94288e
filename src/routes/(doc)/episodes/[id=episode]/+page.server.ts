// One episode (an outbreak of fighting): each side's account side by side, its incidents and their map.
// A retired episode id gets a small page that leads to its new home.
import { error } from '@sveltejs/kit';
import { mapOfPlaces } from '$lib/server/basemap';
import { allEpisodes, areaCollection, findEpisode, findIncident, findRedirect, getCorpus, redirectsOf } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...allEpisodes().map((e) => ({ id: e.id })), ...redirectsOf('episodes').map((r) => ({ id: r.from }))];

export const load: PageServerLoad = ({ params }) => {
	const episode = findEpisode(params.id);
	if (!episode) {
		const redirect = findRedirect('episodes', params.id);
		if (!redirect) error(404, `There is no episode “${params.id}” in the data.`);
		return { redirect, episode: null, incidents: [], titles: {}, map: null };
	}
	const incidents = episode.incidents
		.flatMap((id) => findIncident(id)?.properties ?? [])
		.sort((a, b) => a.date_start.localeCompare(b.date_start) || a.id.localeCompare(b.id))
		.map((p) => ({ id: p.id, title: p.title, kind: p.kind, site: p.site, date_start: p.date_start, date_end: p.date_end, time_precision: p.time_precision, claimants: p.claimants, accused: p.accused }));
	const titles = Object.fromEntries(getCorpus().articles.map((a) => [a.id, a.meta.title ?? a.id]));
	return {
		redirect: null,
		episode,
		incidents,
		titles,
		map: mapOfPlaces({ places: incidents.map((i) => i.site), areas: areaCollection(), width: 720, height: incidents.some((i) => i.site.area) ? 560 : 400 })
	};
};
