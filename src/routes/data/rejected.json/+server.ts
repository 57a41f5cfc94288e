// /data/rejected.json: sentences that report an event but were left off the map, each with the reason.
import { json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';

export const prerender = true;

export function GET() {
	return json(getCorpus().rejected);
}
