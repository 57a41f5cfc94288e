// The explorer's content as plain links (issue 11, item 3): episodes with their incidents (title, date,
// site), prerendered into `/` for readers without JavaScript and for search engines. The app itself
// loads /data/explorer.json in the browser and ignores this.
import { getCorpus } from '$lib/server/share';
import { PRECISION_WORDS } from '$lib/labels';
import { formatWhen } from '$lib/when';
import type { PageServerLoad } from './$types';

interface StaticRow {
	title: string;
	url: string;
	when: string;
}

export const load: PageServerLoad = () => {
	const { incidents, episodes } = getCorpus();
	const when = (x: { date_start: string; date_end: string; time_precision: Parameters<typeof formatWhen>[0]['precision'] }) =>
		formatWhen({ start: x.date_start, end: x.date_end, precision: x.time_precision }).text;
	const row = ({ properties: p }: (typeof incidents)[number]): StaticRow & { site: string } => ({
		title: p.title,
		url: p.url,
		when: when(p),
		site: p.site.area ? `${p.site.name} (area)` : `${PRECISION_WORDS[p.site.precision]} ${p.site.name}`
	});
	const known = new Set(episodes.map((e) => e.id));
	return {
		static: {
			episodes: episodes.map((e) => ({ title: e.title, url: e.url, when: when(e), incidents: incidents.filter((i) => i.properties.episode === e.id).map(row) })),
			/** Incidents of no known episode (none today), so that no incident is missing from the list. */
			other: incidents.filter((i) => !known.has(i.properties.episode)).map(row)
		}
	};
};
