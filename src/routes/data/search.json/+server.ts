// /data/search.json: incident id → lower-cased title, places and quotes, loaded when a reader first searches.
import { json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import { searchText } from '$lib/pipeline/export';

export const prerender = true;

export function GET() {
	return json(Object.fromEntries(getCorpus().incidents.map((f) => [f.properties.id, searchText(f)])));
}
