// The whole gazetteer as a list; searching happens in the page (see +page.svelte), over haystacks
// of every name and spelling built here once.
import { getCorpus, incidentsAt } from '$lib/server/share';
import { placeLabel } from '$lib/places';
import { placeHaystack } from '$lib/place-search';
import type { PlaceRecord } from '$lib/gazetteer/draft';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const places = ([...getCorpus().gazetteer.places] as PlaceRecord[])
		.sort((a, b) => a.name.localeCompare(b.name, 'en'))
		.map((p) => ({
			id: p.id,
			label: placeLabel(p),
			names: p.names,
			kind: p.kind,
			country: p.country,
			province: p.province ?? null,
			district: p.district ?? p.admin,
			incidents: incidentsAt(p.id).length,
			hay: placeHaystack([p.name, p.id, p.names.hy, p.names.az, p.names.ru, ...Object.values(p.contested_names ?? {}), ...p.aliases, p.admin, p.province, p.district, p.kind])
		}));
	return { places };
};
