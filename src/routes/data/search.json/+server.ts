// /data/search.json: incident id → lower-cased title, site, episode and quotes, loaded when a reader first searches.
import { json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/share';
import { incidentSearchText } from '$lib/search';

export const prerender = true;

export function GET() {
	const { incidents, episodes } = getCorpus();
	const titles = new Map(episodes.map((e) => [e.id, e.title]));
	return json(Object.fromEntries(incidents.map((f) => [f.properties.id, incidentSearchText(f.properties, titles.get(f.properties.episode))])));
}
