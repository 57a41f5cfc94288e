// /data/incidents/<id>.json: the full record of one incident, loaded when its panel opens.
import { error, json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';

export const prerender = true;

export function entries() {
	return getCorpus().incidents.map((f) => ({ id: f.properties.id }));
}

export function GET({ params }) {
	const feature = getCorpus().incidents.find((f) => f.properties.id === params.id);
	if (!feature) error(404, `No incident ${params.id}`);
	return json(feature.properties);
}
