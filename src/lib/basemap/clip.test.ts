import { describe, expect, test } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { clipCountries, type BBox } from './clip';

const box: BBox = [0, 0, 10, 10];

function countries(...features: [string, Polygon | MultiPolygon][]): FeatureCollection<Polygon | MultiPolygon> {
	return {
		type: 'FeatureCollection',
		features: features.map(([A3, geometry]) => ({ type: 'Feature', properties: { A3 }, geometry }))
	};
}

describe('clipCountries', () => {
	test('a polygon crossing the clip box is cut to the box and keeps its hole', () => {
		const input = countries([
			'ARM',
			{
				type: 'Polygon',
				coordinates: [
					[[5, 5], [15, 5], [15, 15], [5, 15], [5, 5]],
					[[6, 6], [7, 6], [7, 7], [6, 7], [6, 6]]
				]
			}
		]);
		const { land, borders } = clipCountries({ countries: input, bbox: box });
		expect(land.features).toHaveLength(1);
		expect(land.features[0].properties).toEqual({ A3: 'ARM' });
		const [outer, hole] = land.features[0].geometry.coordinates[0];
		for (const [x, y] of outer) {
			expect(x).toBeGreaterThanOrEqual(5);
			expect(x).toBeLessThanOrEqual(10);
			expect(y).toBeGreaterThanOrEqual(5);
			expect(y).toBeLessThanOrEqual(10);
		}
		expect(new Set(outer.map((p) => p.join(',')))).toEqual(new Set(['5,5', '10,5', '10,10', '5,10']));
		expect(hole).toEqual([[6, 6], [7, 6], [7, 7], [6, 7], [6, 6]]);
		// Outline: the two edges inside the box plus the hole; never the box edge x=10 or y=10.
		const lines = borders.features[0].geometry.coordinates;
		expect(lines).toContainEqual([[5, 5], [10, 5]]);
		expect(lines).toContainEqual([[5, 10], [5, 5]]);
		expect(lines).toContainEqual([[6, 6], [7, 6], [7, 7], [6, 7], [6, 6]]);
		expect(lines.flat().some(([x, y]) => x === 10 && y > 5 && y < 10)).toBe(false);
		expect(lines.flat().some(([x, y]) => y === 10 && x > 5 && x < 10)).toBe(false);
	});

	test('a polygon wholly outside the clip box is dropped from land and borders', () => {
		const input = countries(
			['IRN', { type: 'Polygon', coordinates: [[[20, 20], [30, 20], [30, 30], [20, 20]]] }],
			['AZE', { type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] }]
		);
		const { land, borders } = clipCountries({ countries: input, bbox: box });
		expect(land.features.map((f) => f.properties?.A3)).toEqual(['AZE']);
		expect(borders.features.map((f) => f.properties?.A3)).toEqual(['AZE']);
	});

	test('a multipolygon keeps only its parts that reach the box', () => {
		const input = countries([
			'AZE',
			{
				type: 'MultiPolygon',
				coordinates: [
					[[[1, 1], [2, 1], [2, 2], [1, 1]]],
					[[[40, 40], [41, 40], [41, 41], [40, 40]]]
				]
			}
		]);
		const { land } = clipCountries({ countries: input, bbox: box });
		expect(land.features[0].geometry.coordinates).toEqual([[[[1, 1], [2, 1], [2, 2], [1, 1]]]]);
	});

	test('holes smaller than minHoleKm2 are filled, larger ones (lakes) kept', () => {
		const lake = [[2, 2], [3, 2], [3, 3], [2, 3], [2, 2]]; // about 12,000 km²
		const sliver = [[5, 5], [5.001, 5], [5.001, 5.001], [5, 5]]; // about 0.006 km²
		const input = countries(['AZE', { type: 'Polygon', coordinates: [[[1, 1], [9, 1], [9, 9], [1, 9], [1, 1]], lake, sliver] }]);
		const { land } = clipCountries({ countries: input, bbox: box, minHoleKm2: 1 });
		expect(land.features[0].geometry.coordinates[0]).toHaveLength(2);
		expect(land.features[0].geometry.coordinates[0][1]).toEqual(lake);
	});

	test('empty input gives empty collections', () => {
		const { land, borders } = clipCountries({ countries: { type: 'FeatureCollection', features: [] }, bbox: box });
		expect(land).toEqual({ type: 'FeatureCollection', features: [] });
		expect(borders).toEqual({ type: 'FeatureCollection', features: [] });
	});

	test('an inverted box is refused with a message naming it', () => {
		expect(() => clipCountries({ countries: countries(), bbox: [10, 0, 0, 10] })).toThrow(/Invalid clip box \[10, 0, 0, 10\]/);
	});
});
