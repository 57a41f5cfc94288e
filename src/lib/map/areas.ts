// Shapes of area sites (/data/areas.geojson), made at build time from the offline basemap: an area
// (the border, a province, a region) is drawn as its shape, never as a marker at an invented centre.
// Only shapes the basemap really holds are made; every other area is listed as having none.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Place, PlaceKind } from '$lib/types';
import type { AreaCollection, AreaFeature, AreaProperties } from '$lib/site-types';

/** Gazetteer kinds that are areas: reported as "in the area of", drawn as a shape or not at all. */
export const AREA_KINDS: readonly PlaceKind[] = ['country', 'region', 'province', 'district', 'road'];

/** The basemap's A3 code of each side's country. */
const A3 = { AM: 'ARM', AZ: 'AZE' } as const;

/** The gazetteer id of the Armenia–Azerbaijan border, drawn as the line the two countries share. */
export const BORDER_ID = 'armenia-azerbaijan-border';

/**
 * A gap in the shared outline (vertices of one country that the other lacks) is bridged when every
 * vertex in it lies this close to the other country's outline: the two polygons were traced apart
 * there. The Armenia–Iran border between Syunik and Nakhchivan, 15 km and more from Azerbaijan, stays a gap.
 */
const BRIDGE_KM = 1.5;

type Land = FeatureCollection<Polygon | MultiPolygon>;

const polygonsOf = (land: Land, a3: string): Position[][][] => {
	const g = land.features.find((f) => (f.properties as { A3?: string } | null)?.A3 === a3)?.geometry;
	if (!g) return [];
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
};

const key = ([x, y]: Position) => `${x.toFixed(5)},${y.toFixed(5)}`;

/**
 * The line two country polygons share: the runs of one's outline (outer rings and holes, so enclaves
 * count) whose edges are also edges of the other's. A stretch the two traced a little apart (every
 * vertex and edge midpoint within `bridgeKm` of the other outline) is bridged.
 *
 * @example
 * sharedBorder(polygonsOf(land, 'ARM'), polygonsOf(land, 'AZE')) // [[…the Tavush–Gazakh line…], […Nakhchivan…], …]
 */
export function sharedBorder(a: Position[][][], b: Position[][][], bridgeKm = BRIDGE_KM): Position[][] {
	const theirs = new Set<string>();
	for (const ring of b.flat(1)) for (let i = 1; i < ring.length; i++) theirs.add(edgeKey(ring[i - 1], ring[i]));
	const outline: Feature<MultiLineString> = { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: b.flat(1) } };
	const near = (p: Position) => nearestPointOnLine(outline, p, { units: 'kilometers' }).properties.dist <= bridgeKm;
	const mid = (p: Position, q: Position): Position => [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
	const runs: Position[][] = [];
	for (const ring of a.flat(1)) {
		const n = ring.length - 1; // edges of a closed ring: i → i + 1
		if (n < 2) continue;
		const edge = (i: number): [Position, Position] => [ring[i % n], ring[(i % n) + 1]];
		const shared = Array.from({ length: n }, (_, i) => theirs.has(edgeKey(...edge(i))));
		// Bridge gaps between shared edges whose every vertex and edge midpoint lies close to the other outline.
		for (let i = 0; i < n; i++) {
			if (shared[i] || !shared[(i - 1 + n) % n]) continue;
			const gap: number[] = [];
			for (let j = i; !shared[j % n] && gap.length < n; j++) gap.push(j % n);
			if (gap.length === n) continue;
			const points = gap.flatMap((k, g) => [mid(...edge(k)), ...(g > 0 ? [edge(k)[0]] : [])]);
			if (points.every(near)) for (const k of gap) shared[k] = true;
		}
		if (shared.every(Boolean)) {
			runs.push(ring.slice());
			continue;
		}
		// Walk from an unshared edge so that no run is cut at the ring's seam.
		const start = shared.indexOf(false);
		let run: Position[] = [];
		for (let k = 1; k <= n; k++) {
			const i = (start + k) % n;
			if (shared[i]) run.push(...(run.length ? [edge(i)[1]] : edge(i)));
			else {
				if (run.length) runs.push(run);
				run = [];
			}
		}
		if (run.length) runs.push(run);
	}
	return runs;
}

/** An edge the same whichever way a ring runs along it. */
function edgeKey(p: Position, q: Position): string {
	const [a, b] = [key(p), key(q)];
	return a < b ? `${a};${b}` : `${b};${a}`;
}

/**
 * One shape per area place that the basemap holds, keyed by place id:
 * - the Armenia–Azerbaijan border: the line the two countries' polygons share (Nakhchivan's and the enclaves' included);
 * - a country of either side: its polygons;
 * - a province or district that is a separate piece of its country's land (Nakhchivan): that piece.
 * Every other area place of the gazetteer is listed in `unshaped`, so it is never drawn at a made-up centre.
 *
 * @example
 * areaShapes({ land, places: gazetteer.places }).features.map((f) => f.properties.id) // ['armenia-azerbaijan-border', 'armenia', 'azerbaijan', 'nakhchivan-ar']
 */
export function areaShapes({ land, places }: { land: Land; places: Place[] }): AreaCollection {
	const features: AreaFeature[] = [];
	const unshaped: AreaCollection['unshaped'] = [];
	const props = (p: Place, shape: AreaProperties['shape'], made: string): AreaProperties => ({ id: p.id, name: p.name, kind: p.kind, shape, made_from: made });
	for (const p of places) {
		const isBorder = p.id === BORDER_ID;
		if (p.context_only || (!isBorder && !AREA_KINDS.includes(p.kind))) continue;
		const geometry = isBorder ? borderLine(land) : p.kind === 'country' ? countryShape(land, p) : pieceShape(land, p);
		if (!geometry) {
			unshaped.push({ id: p.id, name: p.name, kind: p.kind });
			continue;
		}
		const made = isBorder
			? 'the line shared by the Armenian and Azerbaijani polygons of the basemap'
			: p.kind === 'country'
				? 'the country polygons of the basemap'
				: 'a separate piece of its country in the basemap';
		features.push({ type: 'Feature', id: p.id, properties: props(p, geometry.type.endsWith('LineString') ? 'line' : 'polygon', made), geometry });
	}
	return { type: 'FeatureCollection', features, unshaped };
}

function borderLine(land: Land): MultiLineString | null {
	const runs = sharedBorder(polygonsOf(land, A3.AM), polygonsOf(land, A3.AZ));
	return runs.length ? { type: 'MultiLineString', coordinates: runs } : null;
}

function countryShape(land: Land, p: Place): MultiPolygon | null {
	const a3 = A3[p.country as keyof typeof A3];
	const polygons = a3 ? polygonsOf(land, a3) : [];
	return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/**
 * The piece of the place's country that holds a province's point, when that piece is not the
 * country's largest: an exclave province (Nakhchivan). A district inside it (Sharur) is not the whole piece.
 */
function pieceShape(land: Land, p: Place): Polygon | null {
	if (p.kind !== 'province') return null;
	const a3 = A3[p.country as keyof typeof A3];
	if (!a3) return null;
	const polygons = polygonsOf(land, a3);
	if (polygons.length < 2) return null;
	const largest = polygons.reduce((best, poly) => (poly[0].length > best[0].length ? poly : best));
	const piece = polygons.find((poly) => booleanPointInPolygon([p.lon, p.lat], { type: 'Polygon', coordinates: poly }));
	if (!piece || piece === largest) return null;
	return { type: 'Polygon', coordinates: piece };
}

/** The shape of an area, or null: the explorer and the small maps draw this, never a point. */
export function areaOf(areas: AreaCollection, id: string): AreaFeature | null {
	return areas.features.find((f) => f.properties.id === id) ?? null;
}
