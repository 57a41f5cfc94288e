// /data/incidents.geojson: every incident with its claims, quotes and sources (the public contract).
import { getCorpus } from '$lib/server/corpus';

export const prerender = true;

export function GET() {
	const { incidents } = getCorpus();
	return new Response(JSON.stringify({ type: 'FeatureCollection', features: incidents }), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
}
