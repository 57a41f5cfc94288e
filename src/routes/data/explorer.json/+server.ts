// /data/explorer.json: the compact rows the map, timeline and filters need (no quotes).
import { json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import type { ExplorerData } from '$lib/types';

export const prerender = true;

export function GET() {
	const { explorer, articles, generated } = getCorpus();
	const data: ExplorerData = { generated, incidents: explorer, sources: Object.fromEntries(articles.map((a) => [a.id, a.meta.title])) };
	return json(data);
}
