// The whole gazetteer as a list; searching happens in the page (see +page.svelte).
import { getCorpus, incidentsAt } from '$lib/server/share';
import { placeLabel } from '$lib/places';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const places = [...getCorpus().gazetteer.places]
		.sort((a, b) => a.name.localeCompare(b.name, 'en'))
		.map((p) => ({
			id: p.id,
			label: placeLabel(p),
			names: p.names,
			aliases: p.aliases,
			kind: p.kind,
			country: p.country,
			admin: p.admin,
			incidents: incidentsAt(p.id).length
		}));
	return { places };
};
