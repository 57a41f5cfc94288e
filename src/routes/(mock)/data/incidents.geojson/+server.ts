// TEMPORARY MOCK of the lead's /data/incidents.geojson (issue 3), from corpus.mock.ts. Delete the
// whole (mock) group when merging main: Kit refuses two routes for one URL, so it cannot linger.
import { json } from '@sveltejs/kit';
import { allIncidents } from '$lib/server/share';

export const prerender = true;

export function GET() {
	return json({ type: 'FeatureCollection', features: allIncidents() });
}
