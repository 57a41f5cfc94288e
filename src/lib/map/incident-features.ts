// The explorer's incidents as map features: one Point per site, all carrying the incident id (the
// source promotes it, so feature-state lights up every site of an incident at once). Incidents that
// share a place are spread on a small circle around it, so none hides another.
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

/**
 * One feature per site of each incident, markers of incidents at the same place spread around it in
 * time order (clockwise from the top).
 *
 * @example
 * map.getSource('incidents').setData(incidentFeatures(visible));
 */
export function incidentFeatures(incidents: readonly ExplorerIncident[]): FeatureCollection<Point, SiteProperties> {
	const byPlace = new Map<string, string[]>();
	const ordered = [...incidents].sort((a, b) => a.t0 - b.t0 || a.id.localeCompare(b.id));
	for (const i of ordered) {
		for (const [lon, lat] of i.sites) {
			const key = placeKey(lon, lat);
			const ids = byPlace.get(key) ?? [];
			if (!ids.includes(i.id)) ids.push(i.id);
			byPlace.set(key, ids);
		}
	}
	const features = ordered.flatMap((i) => {
		const key = accusedKey(i.accused);
		return i.sites.map(([lon, lat, precision, , label]) => {
			const group = byPlace.get(placeKey(lon, lat))!;
			const r = spreadRadius(group.length);
			const angle = (2 * Math.PI * group.indexOf(i.id)) / group.length - Math.PI / 2;
			const offset: [number, number] = r ? [round(r * Math.cos(angle)), round(r * Math.sin(angle))] : [0, 0];
			return {
				type: 'Feature' as const,
				properties: { id: i.id, title: i.title, place: label, precision, accused: key, icon: iconId(i.type, key), offset, t0: i.t0 },
				geometry: { type: 'Point' as const, coordinates: [lon, lat] }
			};
		});
	});
	return { type: 'FeatureCollection', features };
}

const round = (x: number) => Math.round(x * 10) / 10;
