// One incident: everything the page shows, prerendered for every id in the data.
import { error } from '@sveltejs/kit';
import { mapOfSites } from '$lib/server/basemap';
import { allIncidents, findIncident, getCorpus } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => allIncidents().map((f) => ({ id: f.properties.id }));

export const load: PageServerLoad = ({ params }) => {
	const feature = findIncident(params.id);
	if (!feature) error(404, `There is no incident “${params.id}” in the data.`);
	const incident = feature.properties;
	return {
		incident,
		map: incident.places.length > 0 ? mapOfSites({ sites: incident.places, width: 640, height: 340 }) : null,
		generated: getCorpus().generated
	};
};
