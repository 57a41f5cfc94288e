// /data/areas.geojson: the shapes of area sites keyed by place id (the border line, exclave and country
// polygons), made from the basemap at build time; areas without a shape are listed in `unshaped`.
import { areaCollection } from '$lib/server/share';
import { SCHEMA_VERSION } from '$lib/types';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify({ schema_version: SCHEMA_VERSION, ...areaCollection() }), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
}
