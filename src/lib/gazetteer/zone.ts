// The border zone of the gazetteer: the line two countries' polygons share (Armenia–Azerbaijan,
// Nakhchivan included), and the distance of a point to it. Used by `npm run gazetteer:seed`.
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** Runs of vertices of one country's outline that lie on another's: the shared border, in pieces. */
export type BorderLine = Position[][];

/**
 * The stretches of country A's outline that run along country B's outline (within `toleranceKm`).
 * Both polygons come from the same source (static/basemap/land.geojson), so the shared border
 * has vertices within metres of each other on both sides.
 *
 * @example
 * const line = sharedBorder({ land, a: 'ARM', b: 'AZE' }); // about 900 km in 6 runs
 */
export function sharedBorder({ land, a, b, toleranceKm = 0.3 }: { land: FeatureCollection<Polygon | MultiPolygon>; a: string; b: string; toleranceKm?: number }): BorderLine {
	const find = (code: string): Feature<Polygon | MultiPolygon> => {
		const f = land.features.find((x) => x.properties?.A3 === code);
		if (!f) throw new Error(`No country "${code}" in the basemap (properties.A3)`);
		return f;
	};
	const other = segments(rings(find(b)));
	const near = (p: Position) => other.some(([s, t]) => segmentDistanceKm(p, s, t) <= toleranceKm);
	const runs: BorderLine = [];
	for (const ring of rings(find(a))) {
		let run: Position[] = [];
		for (const p of ring) {
			if (near(p)) run.push(p);
			else {
				if (run.length > 1) runs.push(run);
				run = [];
			}
		}
		if (run.length > 1) runs.push(run);
	}
	return runs;
}

/** Distance in km from [lon, lat] to the nearest run of a border line (Turf, on the sphere). */
export function distanceToBorderKm(point: Position, line: BorderLine): number {
	let best = Infinity;
	for (const run of line) {
		// Only runs whose box is within reach can beat the best distance so far (1° of latitude ≈ 111 km).
		const box = bboxOf(run);
		const reach = best === Infinity ? Infinity : best / 80;
		if (point[0] < box[0] - reach || point[0] > box[2] + reach || point[1] < box[1] - reach || point[1] > box[3] + reach) continue;
		best = Math.min(best, pointToLineDistance(point, { type: 'LineString', coordinates: run }, { units: 'kilometers' }));
	}
	return best;
}

/** Total length of a border line in km (flat approximation, good to a percent at this latitude). */
export function borderLengthKm(line: BorderLine): number {
	let km = 0;
	for (const run of line) for (let i = 1; i < run.length; i++) km += flatKm(run[i - 1], run[i]);
	return km;
}

function rings(f: Feature<Polygon | MultiPolygon>): Position[][] {
	return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

function segments(rs: Position[][]): [Position, Position][] {
	const out: [Position, Position][] = [];
	for (const r of rs) for (let i = 1; i < r.length; i++) out.push([r[i - 1], r[i]]);
	return out;
}

const boxes = new WeakMap<Position[], [number, number, number, number]>();
function bboxOf(run: Position[]): [number, number, number, number] {
	let box = boxes.get(run);
	if (!box) {
		box = [Infinity, Infinity, -Infinity, -Infinity];
		for (const [x, y] of run) box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
		boxes.set(run, box);
	}
	return box;
}

const KM_PER_DEG = 111.32;
function flatKm(p: Position, q: Position): number {
	const k = Math.cos((((p[1] + q[1]) / 2) * Math.PI) / 180);
	return Math.hypot((q[0] - p[0]) * k, q[1] - p[1]) * KM_PER_DEG;
}

/** Point-to-segment distance in km in a local flat frame: cheap, for the tolerance test only. */
function segmentDistanceKm(p: Position, s: Position, t: Position): number {
	if (Math.abs(p[1] - s[1]) > 0.05 || Math.abs(p[0] - s[0]) > 0.07) return Infinity;
	const k = Math.cos((p[1] * Math.PI) / 180);
	const [px, py, sx, sy, tx, ty] = [p[0] * k, p[1], s[0] * k, s[1], t[0] * k, t[1]];
	const dx = tx - sx;
	const dy = ty - sy;
	const len = dx * dx + dy * dy;
	const u = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - sx) * dx + (py - sy) * dy) / len));
	return Math.hypot(px - (sx + u * dx), py - (sy + u * dy)) * KM_PER_DEG;
}
