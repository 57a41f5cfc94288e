// Town and lake labels for the offline basemap, prerendered from the gazetteer.
import { json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus';
import { placeLabel } from '$lib/places';

export const prerender = true;

export function GET() {
	const { places } = getCorpus().gazetteer;
	const features = places
		.filter((p) => !p.context_only && ((p.kind === 'settlement' && p.rank !== null) || p.kind === 'lake'))
		.map((p) => ({
			type: 'Feature' as const,
			properties: { id: p.id, kind: p.kind, rank: p.rank ?? 4, label: placeLabel(p) },
			geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] }
		}));
	return json({ type: 'FeatureCollection', features });
}
