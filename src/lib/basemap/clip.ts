// Clip country polygons to a box: the one pure step of `npm run basemap` (scripts/basemap.ts).
import bboxClip from '@turf/bbox-clip';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

export interface ClipOptions {
	/** The country polygons (any properties; `A3` is kept when present). */
	countries: FeatureCollection<Polygon | MultiPolygon>;
	/** The region to keep. */
	bbox: BBox;
	/** Decimal places kept in coordinates (5 ≈ 1 m). */
	precision?: number;
	/**
	 * Holes smaller than this (km²) are filled. The source has lakes as holes (Sevan, Mingachevir),
	 * but also slivers a few hundred metres wide left by its tiling; those would show as false water.
	 */
	minHoleKm2?: number;
}

export interface ClippedBasemap {
	/** Land polygons cut to the box, one feature per country that touches it. */
	land: FeatureCollection<MultiPolygon>;
	/** Country outlines as lines cut to the box, so the box edge itself is never drawn as a border. */
	borders: FeatureCollection<MultiLineString>;
}

/**
 * Cuts country polygons (and their outlines) to a bounding box.
 * Countries wholly outside the box are dropped; holes (lakes such as Sevan) are kept.
 *
 * @example
 * const { land, borders } = clipCountries({ countries, bbox: [43, 38, 50, 42] });
 */
export function clipCountries({ countries, bbox, precision = 5, minHoleKm2 = 0 }: ClipOptions): ClippedBasemap {
	validateBBox(bbox);
	const land: Feature<MultiPolygon>[] = [];
	const borders: Feature<MultiLineString>[] = [];
	for (const feature of countries.features) {
		if (!feature.geometry) continue;
		const polygons: Position[][][] =
			feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
		const kept: Position[][][] = [];
		const lines: Position[][] = [];
		for (const polygon of polygons) {
			if (!overlaps(ringBBox(polygon[0]), bbox)) continue;
			// Small holes are filled before anything else, so neither land nor outlines keep them.
			const wanted = [polygon[0], ...polygon.slice(1).filter((r) => ringAreaKm2(r) >= minHoleKm2)];
			// Clip ring by ring so that a hole can never stand in for a dropped outer ring.
			const rings = wanted.map((ring) => clipRing(ring, bbox, precision));
			if (rings[0].length >= 4) kept.push([rings[0], ...rings.slice(1).filter((r) => r.length >= 4)]);
			for (const ring of wanted) {
				const cut = bboxClip({ type: 'LineString', coordinates: ring }, bbox).geometry as LineString | MultiLineString;
				const parts: Position[][] = cut.type === 'LineString' ? [cut.coordinates] : cut.coordinates;
				for (const part of parts) if (part.length >= 2) lines.push(round(part, precision));
			}
		}
		const properties = { A3: (feature.properties as { A3?: string } | null)?.A3 ?? null };
		if (kept.length > 0) land.push({ type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: kept } });
		if (lines.length > 0) borders.push({ type: 'Feature', properties, geometry: { type: 'MultiLineString', coordinates: lines } });
	}
	return { land: { type: 'FeatureCollection', features: land }, borders: { type: 'FeatureCollection', features: borders } };
}

function validateBBox([w, s, e, n]: BBox): void {
	if (![w, s, e, n].every(Number.isFinite) || w >= e || s >= n || s < -90 || n > 90) {
		throw new Error(`Invalid clip box [${w}, ${s}, ${e}, ${n}]: expected [west, south, east, north] with west < east and south < north.`);
	}
}

/** One ring cut to the box (Sutherland–Hodgman via Turf), rounded; empty when it lies outside. */
function clipRing(ring: Position[], bbox: BBox, precision: number): Position[] {
	const clipped = (bboxClip({ type: 'Polygon', coordinates: [ring] }, bbox).geometry as Polygon).coordinates[0];
	return clipped ? round(clipped, precision) : [];
}

/** Approximate area of a small ring in km² (shoelace on an equirectangular projection at the ring's latitude). */
export function ringAreaKm2(ring: Position[]): number {
	const kmPerDeg = 111.32;
	const cos = Math.cos((ring[0][1] * Math.PI) / 180);
	let twice = 0;
	for (let i = 0; i < ring.length - 1; i++) twice += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	return (Math.abs(twice) / 2) * kmPerDeg * kmPerDeg * cos;
}

function ringBBox(ring: Position[]): BBox {
	let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
	for (const [x, y] of ring) {
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	return [w, s, e, n];
}

function overlaps(a: BBox, b: BBox): boolean {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** Rounds coordinates and drops consecutive duplicates that rounding creates. */
function round(line: Position[], precision: number): Position[] {
	const f = 10 ** precision;
	const out: Position[] = [];
	for (const [x, y] of line) {
		const p = [Math.round(x * f) / f, Math.round(y * f) / f];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}
