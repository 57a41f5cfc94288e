// TEMPORARY MOCK of the lead's /data/incidents.csv (issue 3). Delete with the (mock) group when merging main.
import { incidentsToCsv } from '$lib/export';
import { allIncidents } from '$lib/server/share';

export const prerender = true;

export function GET() {
	return new Response(incidentsToCsv(allIncidents()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
