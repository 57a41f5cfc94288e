// The explorer's incidents as map features: one Point per incident at a point site, carrying the
// incident id (the source promotes it, for feature-state). An area site (the border, a province) has
// no point and gets no marker: its shape is drawn from /data/areas.geojson when it is selected.
// Incidents that share a place are spread on a small circle around it, so none hides another (up to
// MAX_SPREAD of them).
import type { FeatureCollection, Point } from 'geojson';
import type { ExplorerIncident, IncidentType, PlacePrecision } from '$lib/types';
import { ACCUSED_BITS, CLAIMANT_BITS } from '$lib/explorer/index-codec';
import { accusedKey, iconId, type AccusedKey } from './incident-style';

export interface SiteProperties {
	id: string;
	title: string;
	place: string;
	precision: PlacePrecision;
	accused: AccusedKey;
	icon: string;
	/** Marker offset in pixels from the place, [x, y]; the precision ring stays on the place itself. */
	offset: [number, number];
	t0: number;
	// Numbers the layer filter reads (src/lib/map/incident-filter.ts):
	/** The row's position in the input list. */
	n: number;
	/** The end of its span: max(t0, t1). */
	u: number;
	kind: IncidentType;
	/** Side mask (claimants and accused, index-codec.ts). */
	s: number;
	/** Its episode's position in the episode list (-1 when unknown or not given). */
	e: number;
}

/** Pixels between the place and the markers of the incidents spread around it. */
export function spreadRadius(count: number): number {
	return count < 2 ? 0 : 10 + 2.5 * count;
}

/**
 * More incidents than this at one place are stacked rather than spread: a circle of hundreds of markers
 * would cover the map. The chooser lists a stack when it is clicked.
 */
export const MAX_SPREAD = 24;

const placeKey = (lon: number, lat: number) => `${lon.toFixed(4)},${lat.toFixed(4)}`;

/** True when the incident's site is a point on the map (not an area). */
export const hasPoint = (i: ExplorerIncident) => i.site[0] !== null && i.site[1] !== null;

/**
 * One feature per incident at a point site, markers of incidents at the same place spread around it
 * in time order (clockwise from the top). Area incidents are left out. The features carry the numbers
 * the layer filter reads, so the source is built once and filtered with setFilter.
 *
 * @example
 * map.addSource('incidents', { type: 'geojson', data: incidentFeatures(all, { episodes }), promoteId: 'id' });
 */
export function incidentFeatures(
	incidents: readonly ExplorerIncident[],
	{ episodes }: { episodes?: ReadonlyMap<string, number> } = {}
): FeatureCollection<Point, SiteProperties> {
	const ordered = incidents.map((_, n) => n).filter((n) => hasPoint(incidents[n]));
	const before = (a: number, b: number) => incidents[a].t0 - incidents[b].t0 || (incidents[a].id < incidents[b].id ? -1 : incidents[a].id > incidents[b].id ? 1 : 0);
	// The explorer's rows come sorted already: sort only when they are not.
	if (ordered.some((n, j) => j > 0 && before(ordered[j - 1], n) > 0)) ordered.sort(before);
	// Rows at one site share its tuple (decodeIndex): its key is made once.
	const keys = new Map<ExplorerIncident['site'], string>();
	const keyOf = (site: ExplorerIncident['site']) => {
		let key = keys.get(site);
		if (key === undefined) keys.set(site, (key = placeKey(site[0]!, site[1]!)));
		return key;
	};
	const byPlace = new Map<string, number>();
	const rank: number[] = [];
	for (const n of ordered) {
		const key = keyOf(incidents[n].site);
		const k = byPlace.get(key) ?? 0;
		rank.push(k);
		byPlace.set(key, k + 1);
	}
	const features = ordered.map((n, j) => {
		const i = incidents[n];
		const [lon, lat, precision, , label] = i.site as [number, number, PlacePrecision, string, string];
		const key = accusedKey(i.accused);
		const size = byPlace.get(keyOf(i.site))!;
		const r = size > MAX_SPREAD ? 0 : spreadRadius(size);
		const angle = (2 * Math.PI * rank[j]) / size - Math.PI / 2;
		const offset: [number, number] = r ? [round(r * Math.cos(angle)), round(r * Math.sin(angle))] : [0, 0];
		let s = 0;
		for (const c of i.claimants) s |= CLAIMANT_BITS[c];
		for (const a of i.accused) s |= ACCUSED_BITS[a];
		return {
			type: 'Feature' as const,
			properties: {
				id: i.id, title: i.title, place: label, precision, accused: key, icon: iconId(i.kind, key), offset, t0: i.t0,
				n, u: Math.max(i.t0, i.t1), kind: i.kind, s, e: episodes?.get(i.episode) ?? -1
			},
			geometry: { type: 'Point' as const, coordinates: [lon, lat] }
		};
	});
	return { type: 'FeatureCollection', features };
}

const round = (x: number) => Math.round(x * 10) / 10;
