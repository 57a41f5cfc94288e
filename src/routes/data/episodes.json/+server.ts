// /data/episodes.json: every episode (an outbreak of fighting) with each side's account side by side.
import { json } from '@sveltejs/kit';
import { allEpisodes } from '$lib/server/share';
import { SCHEMA_VERSION } from '$lib/types';

export const prerender = true;

export function GET() {
	return json({ schema_version: SCHEMA_VERSION, episodes: allEpisodes() });
}
