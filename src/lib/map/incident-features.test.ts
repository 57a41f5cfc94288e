import { describe, expect, test } from 'vitest';
import { incidentFeatures, spreadRadius } from './incident-features';
import type { ExplorerIncident } from '$lib/types';

const goris: [number, number, 'near', string, string] = [46.34, 39.51, 'near', 'goris', 'Goris'];
const jermuk: [number, number, 'exact', string, string] = [45.67, 39.84, 'exact', 'jermuk', 'Jermuk'];

function incident(id: string, t0: number, sites: ExplorerIncident['sites'], accused: ExplorerIncident['accused'] = []): ExplorerIncident {
	return { id, title: id, type: 'shelling', t0, t1: t0, date_start: '', date_end: '', date_precision: 'hour', claimants: [], accused, sources: [], sites };
}

describe('incidentFeatures', () => {
	test('an empty list gives an empty collection', () => {
		expect(incidentFeatures([])).toEqual({ type: 'FeatureCollection', features: [] });
	});

	test('a lone incident sits on its place, unshifted', () => {
		const [f] = incidentFeatures([incident('a', 1, [jermuk])]).features;
		expect(f.geometry.coordinates).toEqual([45.67, 39.84]);
		expect(f.properties).toMatchObject({ id: 'a', offset: [0, 0], precision: 'exact', icon: 'incident-shelling-none' });
	});

	test('one feature per site, all with the incident id, so they light up together', () => {
		const features = incidentFeatures([incident('multi', 1, [goris, jermuk], ['AM', 'AZ'])]).features;
		expect(features.map((f) => [f.properties.id, f.properties.place, f.properties.accused])).toEqual([
			['multi', 'Goris', 'both'],
			['multi', 'Jermuk', 'both']
		]);
	});

	test('incidents at one place are spread on a circle, in time order, none on top of another', () => {
		const features = incidentFeatures([incident('late', 3, [goris]), incident('early', 1, [goris]), incident('mid', 2, [goris])]).features;
		expect(features.map((f) => f.properties.id)).toEqual(['early', 'mid', 'late']);
		const offsets = features.map((f) => f.properties.offset);
		expect(new Set(offsets.map(String)).size).toBe(3);
		expect(offsets[0]).toEqual([0, -spreadRadius(3)]); // the earliest at the top
		for (const [x, y] of offsets) expect(Math.hypot(x, y)).toBeCloseTo(spreadRadius(3), 0);
	});
});
