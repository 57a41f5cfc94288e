// /data/incidents.geojson: every incident with its claims, quotes and sources (the public contract, schema_version 2).
import { incidentsToGeoJson } from '$lib/export';
import { getCorpus } from '$lib/server/share';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(incidentsToGeoJson(getCorpus().incidents)), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
}
