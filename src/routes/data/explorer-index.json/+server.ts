// /data/explorer-index.json: the explorer's rows by column (src/lib/explorer/index-codec.ts), what the
// explorer page loads: the same content as /data/explorer.json in a tenth of the bytes.
import { json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/share';
import { SCHEMA_VERSION } from '$lib/types';
import { encodeIndex } from '$lib/explorer/index-codec';

export const prerender = true;

export function GET() {
	const { explorer, explorerEpisodes, articles, generated } = getCorpus();
	const episodes = [...explorerEpisodes].sort((a, b) => a.t0 - b.t0 || a.id.localeCompare(b.id));
	const sources = Object.fromEntries(articles.map((a) => [a.id, a.meta.title]));
	return json(encodeIndex({ schema_version: SCHEMA_VERSION, generated, incidents: explorer, episodes, sources }));
}
