import { describe, expect, test } from 'vitest';
import { markersInView, stepIndex } from './map-keys';
import type { ExplorerIncident } from '$lib/types';

const at = (id: string, lon: number | null, lat: number | null): ExplorerIncident => ({
	id, episode: 'e', title: id, kind: 'shelling', t0: 0, t1: 1, date_start: '2022-09-13', date_end: '2022-09-13', time_precision: 'day',
	claimants: ['AM'], accused: [], sources: [], site: [lon, lat, 'exact', id, id]
});

describe('markersInView', () => {
	test('keeps markers inside the bounds, west to east, and leaves out areas (no marker)', () => {
		const list = [at('goris', 46.34, 39.51), at('jermuk', 45.67, 39.84), at('border', null, null), at('baku', 49.87, 40.41)];
		expect(markersInView(list, [44, 38.5, 47, 41]).map((i) => i.id)).toEqual(['jermuk', 'goris']);
	});
	test('without bounds every marker counts', () => {
		expect(markersInView([at('a', 46, 40), at('b', 45, 40)], null).map((i) => i.id)).toEqual(['b', 'a']);
	});
});

describe('stepIndex', () => {
	test('arrows step and wrap around', () => {
		expect(stepIndex({ index: 4, key: 'ArrowRight', count: 5 })).toBe(0);
		expect(stepIndex({ index: 0, key: 'ArrowLeft', count: 5 })).toBe(4);
		expect(stepIndex({ index: 2, key: 'ArrowDown', count: 5 })).toBe(3);
	});
	test('the first key from no marker goes to the first (or, backwards, the last)', () => {
		expect(stepIndex({ index: -1, key: 'ArrowRight', count: 3 })).toBe(0);
		expect(stepIndex({ index: -1, key: 'ArrowUp', count: 3 })).toBe(2);
	});
	test('Home and End; other keys and an empty map do not step', () => {
		expect(stepIndex({ index: 1, key: 'End', count: 3 })).toBe(2);
		expect(stepIndex({ index: 1, key: 'Home', count: 3 })).toBe(0);
		expect(stepIndex({ index: 1, key: 'a', count: 3 })).toBeNull();
		expect(stepIndex({ index: 0, key: 'ArrowRight', count: 0 })).toBeNull();
	});
});
