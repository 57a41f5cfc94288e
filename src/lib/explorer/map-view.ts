// Moving the map to incidents, respecting prefers-reduced-motion.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ExplorerIncident } from '$lib/types';

/** [west, south, east, north] of an incident's sites. */
export function siteBounds(i: ExplorerIncident): [number, number, number, number] {
	const lons = i.sites.map((s) => s[0]);
	const lats = i.sites.map((s) => s[1]);
	return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** True when a site of the incident lies inside [west, south, east, north]. */
export function inBounds(i: ExplorerIncident, [w, s, e, n]: [number, number, number, number]): boolean {
	return i.sites.some(([lon, lat]) => lon >= w && lon <= e && lat >= s && lat <= n);
}

/** Flies to (or, with reduced motion, jumps to) an incident's sites, leaving room for the panel. */
export function showIncident(map: MapLibreMap, i: ExplorerIncident, opts: { panelRight: number; instant?: boolean }): void {
	const still = opts.instant || matchMedia('(prefers-reduced-motion: reduce)').matches;
	const pad = Math.min(60, map.getContainer().clientWidth / 8);
	map.fitBounds(siteBounds(i), {
		padding: { top: pad, bottom: pad, left: pad, right: pad + opts.panelRight },
		maxZoom: Math.max(map.getZoom(), 9),
		duration: still ? 0 : 900
	});
}
