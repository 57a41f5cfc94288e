import { describe, expect, test } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { incidentFilter, sideMasks } from './incident-filter';
import { incidentFeatures } from './incident-features';
import { filterIncidents } from '$lib/filter';
import { NO_FILTERS } from '$lib/url-state';
import { syntheticIncidents } from '$lib/synthetic/generate';
import type { ExplorerFilters, Place } from '$lib/types';
import gazetteer from '../../../data/gazetteer.json';

const { explorer } = syntheticIncidents({ count: 3000, seed: 9, places: (gazetteer as { places: Place[] }).places });
const rows = explorer.incidents;
const episodes = new Map(explorer.episodes.map((e, i) => [e.id, i]));
const features = incidentFeatures(rows, { episodes });

/** Ids of the point features the expression lets through, as MapLibre evaluates it. */
function shownByMap(filters: ExplorerFilters, textRows: number[] | null = null): string[] {
	const spec = incidentFilter(filters, { episodes, rows: textRows });
	if (spec === null) return features.features.map((f) => f.properties.id).sort();
	const f = featureFilter(spec, 'filter');
	return features.features.filter((x) => f.filter({ zoom: 8 }, { type: 1, properties: x.properties, geometry: [] } as never)).map((x) => x.properties.id).sort();
}
const shownByList = (filters: ExplorerFilters) => filterIncidents(rows, filters).filter((r) => r.site[0] !== null).map((r) => r.id).sort();

describe('the map filter expression', () => {
	const mid = rows[1500].t0;
	test.each<[string, Partial<ExplorerFilters>]>([
		['no filter', {}],
		['a time range', { from: mid, to: mid + 40 * 86_400_000 }],
		['an open-ended range', { from: mid }],
		['a claimant', { claimant: ['AZ'] }],
		['two claimants and an accused side', { claimant: ['media', 'third-party'], accused: ['AM'] }],
		['no side accused', { accused: ['none'] }],
		['kinds', { type: ['shelling', 'drone strike'] }],
		['an episode', { episode: rows[1500].episode }],
		['an unknown episode', { episode: 'no-such-episode' }],
		['everything at once', { from: mid - 200 * 86_400_000, claimant: ['AM'], accused: ['AZ', 'none'], type: ['shelling'] }]
	])('shows on the map what the list shows: %s', (_, over) => {
		const filters = { ...NO_FILTERS, ...over };
		expect(shownByMap(filters)).toEqual(shownByList(filters));
	});

	test('row numbers carry the filters an expression cannot state', () => {
		const filters = { ...NO_FILTERS, q: 'goris' };
		const passing = filterIncidents(rows, filters);
		const numbers = passing.map((r) => rows.indexOf(r));
		expect(shownByMap(filters, numbers)).toEqual(passing.filter((r) => r.site[0] !== null).map((r) => r.id).sort());
		expect(shownByMap(filters, [])).toEqual([]);
	});

	test('nothing filtered gives no expression', () => {
		expect(incidentFilter(NO_FILTERS, { episodes, rows: null })).toBeNull();
	});

	test('side masks: a claimant filter keeps masks with that bit, accused none keeps masks without accused bits', () => {
		expect(sideMasks({ claimant: ['AM'], accused: [] }).every((m) => m & 1)).toBe(true);
		expect(sideMasks({ claimant: [], accused: ['none'] })).toEqual([...Array(16).keys()]);
		expect(sideMasks({ claimant: [], accused: [] })).toHaveLength(64);
	});
});
