// /data/incidents/<id>.json: the full record of one incident, loaded when its panel opens.
import { error, json } from '@sveltejs/kit';
import { findIncident, getCorpus } from '$lib/server/share';

export const prerender = true;

export function entries() {
	return getCorpus().incidents.map((f) => ({ id: f.properties.id }));
}

export function GET({ params }) {
	const feature = findIncident(params.id);
	if (!feature) error(404, `No incident ${params.id}`);
	return json(feature.properties);
}
