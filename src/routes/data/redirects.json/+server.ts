// /data/redirects.json: incident and episode ids published once that no longer exist, and the page each now lives on.
import { json } from '@sveltejs/kit';
import { redirectsOf } from '$lib/server/share';
import { SCHEMA_VERSION } from '$lib/types';

export const prerender = true;

export function GET() {
	return json({ schema_version: SCHEMA_VERSION, redirects: [...redirectsOf('incidents'), ...redirectsOf('episodes'), ...redirectsOf('places'), ...redirectsOf('sources')] });
}
