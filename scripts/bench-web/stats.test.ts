import { describe, expect, test } from 'vitest';
import { percentile, ratio } from './stats';
import { kindOf } from './server';

describe('percentile', () => {
	test('takes the nearest rank', () => {
		expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
		expect(percentile([...Array(100).keys()].map((i) => i + 1), 95)).toBe(95);
		expect(percentile([7], 95)).toBe(7);
	});

	test('is NaN for no samples', () => {
		expect(percentile([], 50)).toBeNaN();
	});
});

describe('ratio and byte kinds', () => {
	test('a missing or zero reference gives NaN', () => {
		expect(ratio(3, 2)).toBe(1.5);
		expect(ratio(3, 0)).toBeNaN();
		expect(ratio(null, 2)).toBeNaN();
	});

	test('MapLibre, app code, data and basemap are told apart by path', () => {
		expect(kindOf('/_app/immutable/chunks/_czejfXD.js', 'var e=1;warnOnce("Too many glyphs being rendered in a tile.")')).toBe('maplibre');
		expect(kindOf('/_app/immutable/assets/maplibre-gl-worker.CZ.mjs')).toBe('maplibre');
		expect(kindOf('/_app/immutable/nodes/3.DH5.js')).toBe('app');
		expect(kindOf('/data/explorer-index.json')).toBe('data');
		expect(kindOf('/basemap/land.geojson')).toBe('basemap');
	});
});
