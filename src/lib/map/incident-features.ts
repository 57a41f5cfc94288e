// The explorer's incidents as map features: one Point per incident at a point site, carrying the
// incident id (the source promotes it, for feature-state). An area site (the border, a province) has
// no point and gets no marker: its shape is drawn from /data/areas.geojson when it is selected.
// Incidents that share a place are spread on a small circle around it, so none hides another.
import type { FeatureCollection, Point } from 'geojson';
import type { ExplorerIncident, PlacePrecision } from '$lib/types';
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
}

/** Pixels between the place and the markers of the incidents spread around it. */
export function spreadRadius(count: number): number {
	return count < 2 ? 0 : 10 + 2.5 * count;
}

const placeKey = (lon: number, lat: number) => `${lon.toFixed(4)},${lat.toFixed(4)}`;

/** True when the incident's site is a point on the map (not an area). */
export const hasPoint = (i: ExplorerIncident) => i.site[0] !== null && i.site[1] !== null;

/**
 * One feature per incident at a point site, markers of incidents at the same place spread around it
 * in time order (clockwise from the top). Area incidents are left out.
 *
 * @example
 * map.getSource('incidents').setData(incidentFeatures(visible));
 */
export function incidentFeatures(incidents: readonly ExplorerIncident[]): FeatureCollection<Point, SiteProperties> {
	const byPlace = new Map<string, string[]>();
	const ordered = [...incidents].filter(hasPoint).sort((a, b) => a.t0 - b.t0 || a.id.localeCompare(b.id));
	for (const i of ordered) {
		const key = placeKey(i.site[0]!, i.site[1]!);
		byPlace.set(key, [...(byPlace.get(key) ?? []), i.id]);
	}
	const features = ordered.map((i) => {
		const [lon, lat, precision, , label] = i.site as [number, number, PlacePrecision, string, string];
		const key = accusedKey(i.accused);
		const group = byPlace.get(placeKey(lon, lat))!;
		const r = spreadRadius(group.length);
		const angle = (2 * Math.PI * group.indexOf(i.id)) / group.length - Math.PI / 2;
		const offset: [number, number] = r ? [round(r * Math.cos(angle)), round(r * Math.sin(angle))] : [0, 0];
		return {
			type: 'Feature' as const,
			properties: { id: i.id, title: i.title, place: label, precision, accused: key, icon: iconId(i.kind, key), offset, t0: i.t0 },
			geometry: { type: 'Point' as const, coordinates: [lon, lat] }
		};
	});
	return { type: 'FeatureCollection', features };
}

const round = (x: number) => Math.round(x * 10) / 10;
