import { describe, expect, test } from 'vitest';
import { incidentFeatures, spreadRadius } from './incident-features';
import { explorerRow } from '$lib/test-fixtures';
import type { ExplorerIncident } from '$lib/types';

const goris: ExplorerIncident['site'] = [46.34, 39.51, 'near', 'goris', 'Goris'];
const jermuk: ExplorerIncident['site'] = [45.67, 39.84, 'exact', 'jermuk', 'Jermuk'];
const border: ExplorerIncident['site'] = [null, null, 'area', 'armenia-azerbaijan-border', 'Armenia–Azerbaijan border'];

const incident = (id: string, t0: number, site: ExplorerIncident['site'], accused: ExplorerIncident['accused'] = []) => explorerRow(id, { t0, t1: t0, site, accused });

describe('incidentFeatures', () => {
	test('an empty list gives an empty collection', () => {
		expect(incidentFeatures([])).toEqual({ type: 'FeatureCollection', features: [] });
	});

	test('a lone incident sits on its place, unshifted', () => {
		const [f] = incidentFeatures([incident('a', 1, jermuk)]).features;
		expect(f.geometry.coordinates).toEqual([45.67, 39.84]);
		expect(f.properties).toMatchObject({ id: 'a', offset: [0, 0], precision: 'exact', icon: 'incident-shelling-none' });
	});

	test('one marker per incident, coloured by the sides it accuses', () => {
		const features = incidentFeatures([incident('both', 1, goris, ['AM', 'AZ']), incident('am', 2, jermuk, ['AM'])]).features;
		expect(features.map((f) => [f.properties.id, f.properties.place, f.properties.accused])).toEqual([
			['both', 'Goris', 'both'],
			['am', 'Jermuk', 'am']
		]);
	});

	test('an area incident gets no marker, not even at a centre', () => {
		expect(incidentFeatures([incident('border', 1, border), incident('a', 2, jermuk)]).features.map((f) => f.properties.id)).toEqual(['a']);
	});

	test('incidents at one place are spread on a circle, in time order, none on top of another', () => {
		const features = incidentFeatures([incident('late', 3, goris), incident('early', 1, goris), incident('mid', 2, goris)]).features;
		expect(features.map((f) => f.properties.id)).toEqual(['early', 'mid', 'late']);
		const offsets = features.map((f) => f.properties.offset);
		expect(new Set(offsets.map(String)).size).toBe(3);
		expect(offsets[0]).toEqual([0, -spreadRadius(3)]); // the earliest at the top
		for (const [x, y] of offsets) expect(Math.hypot(x, y)).toBeCloseTo(spreadRadius(3), 0);
	});
});

describe('incidentFeatures at scale', () => {
	test('more incidents at one place than MAX_SPREAD are stacked on it, not spread', async () => {
		const { MAX_SPREAD } = await import('./incident-features');
		const many = Array.from({ length: MAX_SPREAD + 1 }, (_, k) => incident(`i${k}`, k, goris));
		expect(incidentFeatures(many).features.every((f) => f.properties.offset.every((x) => x === 0))).toBe(true);
	});

	test('each feature carries its row number and the end of its span for the layer filter', () => {
		const rows = [incident('border', 1, border), explorerRow('a', { t0: 5, t1: 9, site: jermuk })];
		const [f] = incidentFeatures(rows).features;
		expect(f.properties).toMatchObject({ n: 1, u: 9, kind: 'shelling', s: 1, e: -1 });
	});
});
