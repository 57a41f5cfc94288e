import { describe, expect, test } from 'vitest';
import { syntheticIncidents } from './generate';
import { filterIncidents } from '$lib/filter';
import { NO_FILTERS } from '$lib/url-state';
import type { Place } from '$lib/types';
import gazetteer from '../../../data/gazetteer.json';

const places = (gazetteer as { places: Place[] }).places;

describe('synthetic incidents', () => {
	test('the same seed gives the same data, another seed other data', () => {
		const a = syntheticIncidents({ count: 300, seed: 1, places });
		expect(syntheticIncidents({ count: 300, seed: 1, places })).toEqual(a);
		expect(syntheticIncidents({ count: 300, seed: 2, places }).explorer.incidents).not.toEqual(a.explorer.incidents);
	});

	test('rows have unique ids, are sorted by time, and span the years asked for', () => {
		const { explorer, details, search } = syntheticIncidents({ count: 5000, seed: 3, places, years: [2021, 2024] });
		const rows = explorer.incidents;
		expect(new Set(rows.map((r) => r.id)).size).toBe(5000);
		expect(rows.every((r, i) => i === 0 || rows[i - 1].t0 <= r.t0)).toBe(true);
		expect(new Set(rows.map((r) => r.date_start.slice(0, 4)))).toEqual(new Set(['2021', '2022', '2023', '2024']));
		expect(details.map((d) => d.id)).toEqual(rows.map((r) => r.id));
		expect(Object.keys(search)).toHaveLength(5000);
	});

	test('sites are gazetteer places, never context-only ones, at their coordinates', () => {
		const byId = new Map(places.map((p) => [p.id, p]));
		const { explorer } = syntheticIncidents({ count: 2000, seed: 4, places });
		for (const r of explorer.incidents) {
			const p = byId.get(r.site[3])!;
			expect(p.context_only).toBe(false);
			if (r.site[0] !== null) expect([r.site[0], r.site[1]]).toEqual([p.lon, p.lat]);
		}
		expect(new Set(explorer.incidents.map((r) => r.site[3])).size).toBeGreaterThan(50);
	});

	test('every claim quotes a source listed for its incident, and the filters find both sides', () => {
		const { explorer, details } = syntheticIncidents({ count: 1000, seed: 6, places });
		for (const d of details) for (const c of d.claims) expect(explorer.sources[c.source]).toBeTruthy();
		const am = filterIncidents(explorer.incidents, { ...NO_FILTERS, claimant: ['AM'] }).length;
		expect(am).toBeGreaterThan(300);
		expect(am).toBeLessThan(1000);
	});

	test('a zero count gives no incidents and a negative one fails', () => {
		expect(syntheticIncidents({ count: 0, places }).explorer.incidents).toEqual([]);
		expect(() => syntheticIncidents({ count: -1, places })).toThrow('Unexpected count: -1.');
	});
});
