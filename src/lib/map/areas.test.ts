import { readFileSync } from 'node:fs';
import length from '@turf/length';
import { describe, expect, test } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Place } from '$lib/types';
import { areaShapes, BORDER_ID, sharedBorder } from './areas';

/** A square ring [x0, y0]–[x0 + size, y0 + size], counter-clockwise, closed. */
const square = (x0: number, y0: number, size = 1): Position[] => [
	[x0, y0],
	[x0 + size, y0],
	[x0 + size, y0 + size],
	[x0, y0 + size],
	[x0, y0]
];

function place(id: string, kind: Place['kind'], country: string, lon = 45, lat = 40): Place {
	return {
		id, name: id, names: { hy: null, az: null, ru: null }, aliases: [], kind, admin: null, country, controlled_by: null,
		contested_names: null, rank: null, context_only: false, capital_of: null, lat, lon, coord_source: 'test', coord_checked: false, notes: null
	};
}

const land = (arm: Position[][][], aze: Position[][][]): FeatureCollection<MultiPolygon> => ({
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { A3: 'ARM' }, geometry: { type: 'MultiPolygon', coordinates: arm } },
		{ type: 'Feature', properties: { A3: 'AZE' }, geometry: { type: 'MultiPolygon', coordinates: aze } }
	]
});

describe('sharedBorder', () => {
	test('two squares side by side share the one edge between them', () => {
		expect(sharedBorder([[square(0, 0)]], [[square(1, 0)]])).toEqual([[[1, 0], [1, 1]]]);
	});

	test('countries that do not touch share nothing', () => {
		expect(sharedBorder([[square(0, 0)]], [[square(5, 5)]])).toEqual([]);
	});

	test('an exclave beside the other country adds a second line', () => {
		const runs = sharedBorder([[square(0, 0)]], [[square(1, 0)], [square(-1, 0)]]);
		expect(runs).toHaveLength(2);
	});

	test('a vertex traced a few hundred metres apart is bridged; a gap far from the other country is not', () => {
		const aze: Position[] = [[1, 0], [2, 0], [2, 1], [1, 1], [1, 0.6], [1, 0.4], [1, 0]];
		const arm = (x: number): Position[] => [[0, 0], [1, 0], [1, 0.4], [x, 0.5], [1, 0.6], [1, 1], [0, 1], [0, 0]];
		expect(sharedBorder([[arm(1.003)]], [[aze]])).toEqual([[[1, 0], [1, 0.4], [1.003, 0.5], [1, 0.6], [1, 1]]]);
		expect(sharedBorder([[arm(1.2)]], [[aze]])).toEqual([[[1, 0], [1, 0.4]], [[1, 0.6], [1, 1]]]);
	});
});

describe('areaShapes', () => {
	const mainland = square(1, 0, 2);
	const exclave = square(-1, 0);
	const basemap = land([[square(0, 0)]], [[mainland], [exclave]]);

	test('the border is the shared line, a country its polygons, an exclave province its piece', () => {
		const areas = areaShapes({
			land: basemap,
			places: [place(BORDER_ID, 'region', 'AM'), place('azerbaijan', 'country', 'AZ'), place('nakhchivan-ar', 'province', 'AZ', -0.5, 0.5)]
		});
		expect(areas.features.map((f) => [f.properties.id, f.properties.shape, f.geometry.type])).toEqual([
			[BORDER_ID, 'line', 'MultiLineString'],
			['azerbaijan', 'polygon', 'MultiPolygon'],
			['nakhchivan-ar', 'polygon', 'Polygon']
		]);
		expect(areas.unshaped).toEqual([]);
	});

	test('areas the basemap has no shape for are listed as unshaped, never given a point', () => {
		const areas = areaShapes({ land: basemap, places: [place('syunik-province', 'province', 'AM', 0.5, 0.5), place('lachin-corridor', 'road', 'AZ'), place('goris', 'settlement', 'AM')] });
		expect(areas.features).toEqual([]);
		expect(areas.unshaped.map((u) => u.id)).toEqual(['syunik-province', 'lachin-corridor']);
	});

	test('a district inside an exclave is not given the whole exclave', () => {
		const areas = areaShapes({ land: basemap, places: [place('sharur-district', 'district', 'AZ', -0.5, 0.5)] });
		expect(areas.unshaped.map((u) => u.id)).toEqual(['sharur-district']);
	});

	test('on the real basemap the border runs about 900 km, Nakhchivan’s stretch included', () => {
		const real = JSON.parse(readFileSync('static/basemap/land.geojson', 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
		const nakhchivan = place('nakhchivan-ar', 'province', 'AZ', 45.41, 39.21);
		const areas = areaShapes({ land: real, places: [place(BORDER_ID, 'region', 'AM'), nakhchivan] });
		const [border, piece] = areas.features;
		const km = length(border, { units: 'kilometers' });
		expect(km).toBeGreaterThan(850);
		expect(km).toBeLessThan(1100);
		// A stretch of the line lies on Nakhchivan's outline.
		const outline = new Set((piece.geometry as Polygon).coordinates.flat().map(String));
		const onNakhchivan = (border.geometry as { coordinates: Position[][] }).coordinates.filter((run) => run.every((p) => outline.has(String(p))));
		expect(length({ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: onNakhchivan } }, { units: 'kilometers' })).toBeGreaterThan(150);
	});
});
