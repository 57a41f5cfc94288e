// Moving the map to incidents, respecting prefers-reduced-motion. A point site is framed around its
// place; an area site around its shape (when the shapes are loaded), never around a made-up centre.
import bbox from '@turf/bbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { areaOf } from '$lib/map/areas';
import type { AreaCollection } from '$lib/site-types';
import type { ExplorerIncident } from '$lib/types';

type Bounds = [number, number, number, number];

/** [west, south, east, north] of an incident's site: its point, or its area's shape; null when neither is known. */
export function siteBounds(i: ExplorerIncident, areas: AreaCollection | null = null): Bounds | null {
	const [lon, lat, , id] = i.site;
	if (lon !== null && lat !== null) return [lon, lat, lon, lat];
	const shape = areas ? areaOf(areas, id) : null;
	return shape ? (bbox(shape) as Bounds) : null;
}

/**
 * True when the incident's site lies inside [west, south, east, north]; an area when its shape
 * meets the bounds, or always while the shapes are not loaded (an area is not a point to test).
 */
export function inBounds(i: ExplorerIncident, [w, s, e, n]: Bounds, areas: AreaCollection | null = null): boolean {
	const b = siteBounds(i, areas);
	if (!b) return i.site[0] === null;
	return b[0] <= e && b[2] >= w && b[1] <= n && b[3] >= s;
}

/** [west, south, east, north] around the sites of several incidents; null when none has a known place. */
export function unionBounds(incidents: readonly ExplorerIncident[], areas: AreaCollection | null = null): Bounds | null {
	const all = incidents.map((i) => siteBounds(i, areas)).filter((b): b is Bounds => b !== null);
	if (!all.length) return null;
	return [Math.min(...all.map((b) => b[0])), Math.min(...all.map((b) => b[1])), Math.max(...all.map((b) => b[2])), Math.max(...all.map((b) => b[3]))];
}

/** Flies to (or, with reduced motion, jumps to) an incident's site, leaving room for the panel. */
export function showIncident(map: MapLibreMap, i: ExplorerIncident, opts: { panelRight: number; instant?: boolean; areas?: AreaCollection | null }): void {
	showBounds(map, siteBounds(i, opts.areas ?? null), opts);
}

/** Frames the incidents (an episode's) together. */
export function showIncidents(map: MapLibreMap, list: readonly ExplorerIncident[], opts: { panelRight: number; instant?: boolean; areas?: AreaCollection | null }): void {
	showBounds(map, unionBounds(list, opts.areas ?? null), opts);
}

function showBounds(map: MapLibreMap, b: Bounds | null, opts: { panelRight: number; instant?: boolean }): void {
	if (!b) return;
	const still = opts.instant || matchMedia('(prefers-reduced-motion: reduce)').matches;
	const pad = Math.min(60, map.getContainer().clientWidth / 8);
	map.fitBounds(b, {
		padding: { top: pad, bottom: pad, left: pad, right: pad + opts.panelRight },
		maxZoom: Math.max(map.getZoom(), 9),
		duration: still ? 0 : 900
	});
}
