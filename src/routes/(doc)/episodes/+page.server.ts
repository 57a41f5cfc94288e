// Every episode as a list row: dates, how many incidents, which sides give an account.
import { allEpisodes } from '$lib/server/share';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	episodes: allEpisodes().map((e) => ({
		id: e.id,
		title: e.title,
		url: e.url,
		date_start: e.date_start,
		date_end: e.date_end,
		time_precision: e.time_precision,
		incidents: e.incidents.length,
		claimants: e.accounts.map((a) => a.claimant),
		sources_count: e.sources_count
	}))
});
