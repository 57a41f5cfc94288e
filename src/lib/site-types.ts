// Types of the site side (pages, explorer, data endpoints) that the shared data model in types.ts
// does not hold: the area shapes of /data/areas.geojson and the static maps that draw them.
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Passage, PlaceKind, SiteMap } from './types';

/** The properties of one feature of /data/areas.geojson. */
export interface AreaProperties {
	/** The gazetteer id of the area place; incidents name it as `site.id`. */
	id: string;
	name: string;
	kind: PlaceKind;
	/** How it is drawn: a line (the border) or a polygon (a country, an exclave province). */
	shape: 'line' | 'polygon';
	/** How the shape was made, in words. */
	made_from: string;
}

export type AreaGeometry = LineString | MultiLineString | Polygon | MultiPolygon;
export type AreaFeature = Feature<AreaGeometry, AreaProperties>;

/** /data/areas.geojson: the shapes, and the area places that have none (listed, never drawn). */
export interface AreaCollection extends FeatureCollection<AreaGeometry, AreaProperties> {
	schema_version?: number;
	unshaped: { id: string; name: string; kind: PlaceKind }[];
}

/** A static map that may also draw area shapes, as SVG path data in pixels. */
export interface AreaSiteMap extends SiteMap {
	areas: { id: string; name: string; shape: 'line' | 'polygon'; d: string }[];
	/** [x0, y0, x1, y1] in pixels of the region the basemap covers; outside it nothing is known (drawn as plain land, not as water). */
	region?: [number, number, number, number];
}

/** A passage with the pages it feeds: incidents (`/incidents/<id>`) and episodes (`/episodes/<id>`). */
export interface LinkedPassage extends Passage {
	incidents: { id: string; title: string; url: string }[];
}
