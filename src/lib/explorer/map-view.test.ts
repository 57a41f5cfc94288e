import { describe, expect, test } from 'vitest';
import { explorerRow } from '$lib/test-fixtures';
import type { AreaCollection } from '$lib/site-types';
import { inBounds, siteBounds, unionBounds } from './map-view';

const goris = explorerRow('goris', { site: [46.34, 39.51, 'exact', 'goris', 'Goris'] });
const border = explorerRow('border', { site: [null, null, 'area', 'armenia-azerbaijan-border', 'Armenia–Azerbaijan border'] });
const unshaped = explorerRow('syunik', { site: [null, null, 'area', 'syunik-province', 'Syunik'] });
const areas: AreaCollection = {
	type: 'FeatureCollection',
	unshaped: [{ id: 'syunik-province', name: 'Syunik', kind: 'province' }],
	features: [
		{
			type: 'Feature',
			properties: { id: 'armenia-azerbaijan-border', name: 'Armenia–Azerbaijan border', kind: 'region', shape: 'line', made_from: 'test' },
			geometry: { type: 'LineString', coordinates: [[45.0, 41.2], [46.6, 38.9]] }
		}
	]
};

describe('siteBounds', () => {
	test('a point site is its own bounds', () => {
		expect(siteBounds(goris)).toEqual([46.34, 39.51, 46.34, 39.51]);
	});

	test('an area is framed by its shape, and not at all while the shapes are unknown or it has none', () => {
		expect(siteBounds(border, areas)).toEqual([45.0, 38.9, 46.6, 41.2]);
		expect(siteBounds(border)).toBeNull();
		expect(siteBounds(unshaped, areas)).toBeNull();
	});
});

describe('inBounds', () => {
	test('a point inside or outside the view', () => {
		expect(inBounds(goris, [46, 39, 47, 40])).toBe(true);
		expect(inBounds(goris, [44, 39, 45, 40])).toBe(false);
	});

	test('an area counts as in view when its shape meets the view, or when it has no shape to test', () => {
		expect(inBounds(border, [46, 39, 47, 40], areas)).toBe(true);
		expect(inBounds(border, [48, 39, 49, 40], areas)).toBe(false);
		expect(inBounds(unshaped, [48, 39, 49, 40], areas)).toBe(true);
	});
});

test('several incidents are framed together; none with a known place gives null', () => {
	expect(unionBounds([goris, border], areas)).toEqual([45.0, 38.9, 46.6, 41.2]);
	expect(unionBounds([unshaped], areas)).toBeNull();
});
