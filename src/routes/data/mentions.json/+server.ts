// /data/mentions.json: every place name found in the articles, resolved or not (the gazetteer editors' review list).
import { json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';

export const prerender = true;

export function GET() {
	return json(getCorpus().mentions);
}
