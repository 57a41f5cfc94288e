// The basemap's country polygons (static/basemap/land.geojson), read once for the static site maps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { siteMap, type SiteMapOptions } from '$lib/map/site-map';
import type { SiteMap } from '$lib/types';

let land: FeatureCollection<Polygon | MultiPolygon> | undefined;

function readLand(): FeatureCollection<Polygon | MultiPolygon> {
	land ??= JSON.parse(readFileSync(join(process.cwd(), 'static', 'basemap', 'land.geojson'), 'utf8'));
	return land!;
}

/** A static map of these sites on the basemap (see siteMap). */
export function mapOfSites(options: Omit<SiteMapOptions, 'land'>): SiteMap {
	return siteMap({ land: readLand(), ...options });
}
