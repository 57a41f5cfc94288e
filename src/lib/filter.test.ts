import { describe, expect, test } from 'vitest';
import { filterIncidents } from './filter';
import { NO_FILTERS } from './url-state';
import type { ExplorerFilters, ExplorerIncident } from './types';

const H = 3_600_000;
const T = Date.parse('2022-09-13T00:00+04:00');

function incident(id: string, over: Partial<ExplorerIncident> = {}): ExplorerIncident {
	return {
		id,
		episode: 'e1',
		title: `Incident ${id}`,
		kind: 'shelling',
		t0: T,
		t1: T + H,
		date_start: '2022-09-13T00:00+04:00',
		date_end: '2022-09-13T01:00+04:00',
		time_precision: 'hour',
		claimants: ['AM'],
		accused: ['AZ'],
		sources: ['s1'],
		site: [46.34, 39.51, 'near', 'goris', 'Goris'],
		...over
	};
}

const ids = (list: ExplorerIncident[]) => list.map((i) => i.id);
const f = (over: Partial<ExplorerFilters>): ExplorerFilters => ({ ...NO_FILTERS, ...over });

describe('filterIncidents', () => {
	const all = [
		incident('a'),
		incident('b', { t0: T + 5 * H, t1: T + 6 * H, claimants: ['AZ'], accused: ['AM'], kind: 'sabotage', sources: ['s2'], episode: 'e2' }),
		incident('c', { t0: T - 400 * 24 * H, t1: T - 399 * 24 * H, claimants: ['media', 'third-party'], accused: [], kind: 'ceasefire', episode: 'e0' }),
		incident('d', { claimants: ['AM', 'AZ'], accused: ['AM', 'AZ'], kind: 'armed clash', sources: ['s1', 's2'] })
	];

	test('no filters keep every incident in input order', () => {
		expect(ids(filterIncidents(all, NO_FILTERS))).toEqual(['a', 'b', 'c', 'd']);
	});

	test('an empty list stays empty', () => {
		expect(filterIncidents([], f({ claimant: ['AM'] }))).toEqual([]);
	});

	test('a time range keeps incidents whose span overlaps it', () => {
		expect(ids(filterIncidents(all, f({ from: T + 30 * 60_000, to: T + 2 * H })))).toEqual(['a', 'd']);
		expect(ids(filterIncidents(all, f({ from: T + 5.5 * H })))).toEqual(['b']);
		expect(ids(filterIncidents(all, f({ to: T })))).toEqual(['c']);
	});

	test('the end of a range is exclusive', () => {
		expect(ids(filterIncidents(all, f({ from: T + 2 * H, to: T + 5 * H })))).toEqual([]);
	});

	test('claimants match any selected side', () => {
		expect(ids(filterIncidents(all, f({ claimant: ['AZ'] })))).toEqual(['b', 'd']);
		expect(ids(filterIncidents(all, f({ claimant: ['media', 'AZ'] })))).toEqual(['b', 'c', 'd']);
	});

	test('accused "none" matches incidents in which no side is accused', () => {
		expect(ids(filterIncidents(all, f({ accused: ['none'] })))).toEqual(['c']);
		expect(ids(filterIncidents(all, f({ accused: ['AM', 'none'] })))).toEqual(['b', 'c', 'd']);
	});

	test('kinds and the source article narrow further', () => {
		expect(ids(filterIncidents(all, f({ type: ['sabotage', 'armed clash'] })))).toEqual(['b', 'd']);
		expect(ids(filterIncidents(all, f({ source: 's2' })))).toEqual(['b', 'd']);
		expect(ids(filterIncidents(all, f({ source: 'unknown' })))).toEqual([]);
	});

	test('an episode keeps its incidents only, and an unknown episode none', () => {
		expect(ids(filterIncidents(all, f({ episode: 'e1' })))).toEqual(['a', 'd']);
		expect(ids(filterIncidents(all, f({ episode: 'nope' })))).toEqual([]);
	});

	test('one side’s account and the other’s are separate incidents, so a side filter splits them', () => {
		const goris = incident('goris', { claimants: ['AM'], accused: ['AZ'] });
		const kalbajar = incident('kalbajar', { claimants: ['AZ'], accused: ['AM'], site: [46.04, 40.1, 'near', 'kalbajar', 'Kalbajar'] });
		expect(ids(filterIncidents([goris, kalbajar], f({ claimant: ['AM'] })))).toEqual(['goris']);
		expect(ids(filterIncidents([goris, kalbajar], f({ accused: ['AM'] })))).toEqual(['kalbajar']);
	});

	test('an area incident passes the filters like any other', () => {
		const border = incident('border', { site: [null, null, 'area', 'armenia-azerbaijan-border', 'Armenia–Azerbaijan border'] });
		expect(ids(filterIncidents([border], f({ claimant: ['AM'], episode: 'e1' })))).toEqual(['border']);
	});

	test('filters combine with AND', () => {
		expect(ids(filterIncidents(all, f({ claimant: ['AZ'], type: ['armed clash'], source: 's2' })))).toEqual(['d']);
	});

	test('free text needs every word in the search index, case-insensitively', () => {
		const search = { a: 'shelling of jermuk hotels', b: 'sabotage in kalbajar', c: 'ceasefire', d: 'clash near jermuk' };
		expect(ids(filterIncidents(all, f({ q: 'JERMUK' }), search))).toEqual(['a', 'd']);
		expect(ids(filterIncidents(all, f({ q: 'jermuk hotels' }), search))).toEqual(['a']);
	});

	test('before the search index loads, free text matches titles', () => {
		expect(ids(filterIncidents(all, f({ q: 'incident b' })))).toEqual(['b']);
	});
});
