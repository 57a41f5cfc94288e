// Every incident as a list row (no quotes): the no-JavaScript way in, and a searchable, exportable view.
import { allIncidents } from '$lib/server/share';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	incidents: allIncidents().map(({ properties: p }) => ({
		id: p.id,
		title: p.title,
		kind: p.kind,
		episode: p.episode,
		date_start: p.date_start,
		date_end: p.date_end,
		time_precision: p.time_precision,
		claimants: p.claimants,
		accused: p.accused,
		site: p.site.name,
		area: p.site.area,
		sources: [...new Set(p.sources.map((s) => s.source))]
	}))
});
