import { describe, expect, test } from 'vitest';
import { gapScale } from './timeline-gaps';

const DAY = 86_400_000;

describe('gapScale', () => {
	test('one early incident and a busy week far later: the empty year between becomes a narrow break', () => {
		const spans: [number, number][] = [[0, DAY], [500 * DAY, 501 * DAY], [503 * DAY, 507 * DAY]];
		const s = gapScale({ spans, start: -5 * DAY, end: 512 * DAY, width: 600 });
		expect(s.segments.map((g) => g.gap)).toEqual([false, true, false]);
		const gap = s.segments[1];
		expect(gap.x1 - gap.x0).toBe(24);
		// The busy week gets far more than the few pixels a linear scale gives it (7/517 of 600 ≈ 8px).
		expect(s.x(507 * DAY) - s.x(500 * DAY)).toBeGreaterThan(100);
	});
	test('x and t are inverses, inside and outside the breaks', () => {
		const s = gapScale({ spans: [[0, DAY], [300 * DAY, 301 * DAY]], start: -DAY, end: 302 * DAY, width: 800 });
		for (const t of [-DAY, 0, 0.5 * DAY, 100 * DAY, 300.5 * DAY, 302 * DAY]) expect(s.t(s.x(t))).toBeCloseTo(t, -3);
		expect(s.x(-DAY)).toBeCloseTo(0);
		expect(s.x(302 * DAY)).toBeCloseTo(800);
	});
	test('incidents spread evenly leave no break: the scale is linear', () => {
		const spans: [number, number][] = Array.from({ length: 20 }, (_, k) => [k * 10 * DAY, k * 10 * DAY + DAY]);
		const s = gapScale({ spans, start: 0, end: 200 * DAY, width: 400 });
		expect(s.segments.every((g) => !g.gap)).toBe(true);
		expect(s.x(100 * DAY)).toBeCloseTo(200);
	});
	test('no incidents: one linear segment', () => {
		const s = gapScale({ spans: [], start: 0, end: 10, width: 100 });
		expect(s.segments).toHaveLength(1);
		expect(s.x(5)).toBeCloseTo(50);
	});
});
