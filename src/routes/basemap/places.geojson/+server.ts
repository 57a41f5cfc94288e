// Town, lake and region labels for the offline basemap, prerendered from the gazetteer, with who holds
// each contested place when (src/lib/map/held-by.ts).
import { json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import { placeLabel } from '$lib/places';
import { heldProperties } from '$lib/map/held-by';

/** Regions the sources name as lines of control, labelled at their gazetteer point (the basemap has no shape for them). */
const REGIONS = ['nagorno-karabakh'];

export const prerender = true;

export function GET() {
	const { places } = getCorpus().gazetteer;
	const features = places
		.filter((p) => !p.context_only && ((p.kind === 'settlement' && p.rank !== null) || p.kind === 'lake' || REGIONS.includes(p.id)))
		.map((p) => ({
			type: 'Feature' as const,
			// Both names where the sides differ; who holds it when (the gazetteer's controlled_by), for the label.
			properties: { id: p.id, kind: p.kind, rank: p.rank ?? 4, label: placeLabel(p), ...heldProperties(p.controlled_by) },
			geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] }
		}));
	return json({ type: 'FeatureCollection', features });
}
