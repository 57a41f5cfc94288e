// /data/explorer.json: the compact rows the map, timeline and filters need (no quotes), and the episodes.
import { json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/share';
import { SCHEMA_VERSION, type ExplorerData } from '$lib/types';

export const prerender = true;

export function GET() {
	const { explorer, explorerEpisodes, articles, generated } = getCorpus();
	const episodes = [...explorerEpisodes].sort((a, b) => a.t0 - b.t0 || a.id.localeCompare(b.id));
	const data: ExplorerData = {
		schema_version: SCHEMA_VERSION,
		generated,
		incidents: explorer,
		episodes,
		sources: Object.fromEntries(articles.map((a) => [a.id, a.meta.title]))
	};
	return json(data);
}
