// /data/incidents.csv: the same incidents, one row each, flat columns.
import { getCorpus } from '$lib/server/corpus';
import { toCsv } from '$lib/pipeline/export';

export const prerender = true;

export function GET() {
	return new Response(toCsv(getCorpus().incidents), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
