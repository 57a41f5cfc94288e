// /data/gazetteer.json: the gazetteer as served.
import { json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';

export const prerender = true;

export function GET() {
	return json(getCorpus().gazetteer);
}
