import { describe, expect, test } from 'vitest';
import { floorTo, histogram, nextUnit, snapTo, ticks, unitFor } from './timeline-scale';
import { explorerRow } from '$lib/test-fixtures';
import type { ExplorerIncident } from '$lib/types';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const H = 3_600_000;

function incident(id: string, t0: number, t1: number): ExplorerIncident {
	return explorerRow(id, { t0, t1, time_precision: 'hour', date_start: '', date_end: '' });
}

describe('timeline scale', () => {
	test('picks years for a span of years and hours for a night', () => {
		expect(unitFor(3 * 365 * 24 * H, 60)).toBe('month');
		expect(unitFor(30 * 365 * 24 * H, 60)).toBe('year');
		expect(unitFor(12 * H, 60)).toBe('hour');
		expect(unitFor(10 * 24 * H, 60)).toBe('6 hours');
	});

	test('floors to local (UTC+4) boundaries', () => {
		const t = at('2022-09-13T02:30+04:00');
		expect(iso(floorTo(t, 'day'))).toBe('2022-09-12T20:00:00.000Z');
		expect(iso(floorTo(t, 'hour'))).toBe('2022-09-12T22:00:00.000Z');
		expect(iso(floorTo(t, 'month'))).toBe('2022-08-31T20:00:00.000Z');
		expect(iso(floorTo(t, 'week'))).toBe('2022-09-11T20:00:00.000Z'); // Monday 12 Sep, local
		expect(iso(nextUnit(floorTo(t, 'quarter'), 'quarter'))).toBe('2022-09-30T20:00:00.000Z');
	});

	test('snaps to the nearest boundary', () => {
		expect(snapTo(at('2022-09-13T02:40+04:00'), 'hour')).toBe(at('2022-09-13T03:00+04:00'));
		expect(snapTo(at('2022-09-13T02:10+04:00'), 'hour')).toBe(at('2022-09-13T02:00+04:00'));
	});

	test('counts an incident in each bin it overlaps, precise only where it fits inside', () => {
		const night = at('2022-09-13T00:00+04:00');
		const bins = histogram(
			[incident('a', night + 0.5 * H, night + H), incident('day', night, night + 24 * H), incident('before', night - 48 * H, night - 47 * H)],
			night,
			night + 3 * H,
			'hour'
		);
		expect(bins.map((b) => [b.precise, b.vague])).toEqual([
			[1, 1],
			[0, 1],
			[0, 1]
		]);
	});

	test('an empty range has no bins', () => {
		expect(histogram([], 10, 10, 'day')).toEqual([]);
	});

	test('labels hour ticks with clock times and midnights with the day', () => {
		const labels = ticks(at('2022-09-12T22:30+04:00'), at('2022-09-13T02:30+04:00'), 8).map((t) => t.label);
		expect(labels).toEqual(['23:00', '13 Sep', '01:00', '02:00']);
	});
});
