import { describe, expect, test } from 'vitest';
import { decodeIndex, encodeIndex } from './index-codec';
import { explorerRow } from '$lib/test-fixtures';
import { syntheticIncidents } from '$lib/synthetic/generate';
import type { ExplorerData, Place } from '$lib/types';
import gazetteer from '../../../data/gazetteer.json';

const places = (gazetteer as { places: Place[] }).places;
const data = (incidents: ExplorerData['incidents']): ExplorerData => ({
	schema_version: 2, generated: '2022-09-30', incidents,
	episodes: [{ id: '2022-09-12-border-clashes', title: 'Clashes', t0: 0, t1: 1, date_start: '2022-09-12', date_end: '2022-09-14', time_precision: 'day' }],
	sources: { a1: 'One', a2: null }
});

describe('the explorer index', () => {
	test('gives back synthetic rows exactly, in time order', () => {
		const { explorer } = syntheticIncidents({ count: 2000, seed: 5, places });
		expect(decodeIndex(encodeIndex(explorer))).toEqual(explorer);
	});

	test('keeps ids, titles, dates and side orders that do not follow the rules', () => {
		const rows = [
			explorerRow('odd-id', { t0: 1663012800123, t1: 1663012800000 + 7, title: 'A title of its own', claimants: ['media', 'AM'], accused: ['AZ'], sources: ['a2', 'a1'] }),
			explorerRow('2022-09-13-goris-3', { t0: 1663012800000, t1: 1663099199999, date_start: '2022-09-13', date_end: '2022-09-13', sources: ['a1'] }),
			explorerRow('elsewhere', { t0: 1663012800000, t1: 1663012800000, episode: 'unknown-episode', site: [null, null, 'area', 'border', 'Border'] })
		];
		const decoded = decodeIndex(encodeIndex(data(rows))).incidents;
		const byId = (id: string) => decoded.find((r) => r.id === id);
		for (const r of rows) expect(byId(r.id)).toEqual(r);
		expect(decoded.map((r) => r.t0)).toEqual([...decoded.map((r) => r.t0)].sort((a, b) => a - b));
	});

	test('stores a row that follows the rules without exceptions', () => {
		const row = explorerRow('2022-09-13-goris', { t0: 1663012800000, t1: 1663099199999, date_start: '2022-09-13', date_end: '2022-09-13', title: 'Shelling: Goris' });
		const index = encodeIndex(data([row]));
		expect(index.x).toEqual({});
		expect(index.d).toEqual([-1 - 1440]);
	});

	test('an empty data set encodes and decodes', () => {
		expect(decodeIndex(encodeIndex(data([]))).incidents).toEqual([]);
	});

	test('an unknown source fails the encoding, naming the incident', () => {
		expect(() => encodeIndex(data([explorerRow('x', { sources: ['nope'] })]))).toThrow('Unknown source nope of incident x.');
	});
});
