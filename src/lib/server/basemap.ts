// The basemap's country polygons (static/basemap/land.geojson), read once for the static site maps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { siteMap, type SiteMapOptions } from '$lib/map/site-map';
import { areaOf } from '$lib/map/areas';
import type { AreaCollection, AreaSiteMap } from '$lib/site-types';
import type { IncidentPlace } from '$lib/types';

let land: FeatureCollection<Polygon | MultiPolygon> | undefined;

/** The country polygons of the offline basemap. */
export function readLand(): FeatureCollection<Polygon | MultiPolygon> {
	land ??= JSON.parse(readFileSync(join(process.cwd(), 'static', 'basemap', 'land.geojson'), 'utf8'));
	return land!;
}

let region: [number, number, number, number] | undefined;

/** The region the basemap was cut to (static/basemap/provenance.json). */
function readRegion(): [number, number, number, number] {
	region ??= JSON.parse(readFileSync(join(process.cwd(), 'static', 'basemap', 'provenance.json'), 'utf8')).region;
	return region!;
}

/** A static map of these sites on the basemap (see siteMap). */
export function mapOfSites(options: Omit<SiteMapOptions, 'land'>): AreaSiteMap {
	return siteMap({ land: readLand(), region: readRegion(), ...options });
}

/**
 * A static map of incident sites: point sites as dots or rings, area sites as their shape from
 * /data/areas.geojson. Null when nothing can be drawn (an area without a shape is never drawn at a point).
 */
export function mapOfPlaces({ places, areas, ...options }: Omit<SiteMapOptions, 'land' | 'sites' | 'shapes'> & { places: IncidentPlace[]; areas: AreaCollection }): AreaSiteMap | null {
	const sites = places.flatMap((p) => (!p.area && p.lat !== null && p.lon !== null ? [{ id: p.id, name: p.name, lat: p.lat, lon: p.lon, precision: p.precision }] : []));
	const shapes = [...new Set(places.filter((p) => p.area).map((p) => p.id))].flatMap((id) => areaOf(areas, id) ?? []);
	if (sites.length === 0 && shapes.length === 0) return null;
	return mapOfSites({ sites, shapes, ...options });
}
