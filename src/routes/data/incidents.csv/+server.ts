// /data/incidents.csv: the same incidents, one row each, flat columns (src/lib/csv.ts).
import { incidentsCsv } from '$lib/csv';
import { getCorpus } from '$lib/server/share';

export const prerender = true;

export function GET() {
	return new Response(incidentsCsv(getCorpus().incidents), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
