// Time scale of the explorer's timeline: bins and ticks in local time (UTC+4) that adapt to the
// visible span, from years (background events since 2020) down to hours (the night of 12–13 Sep 2022).
import type { ExplorerIncident } from '$lib/types';
import { DAY_MS, HOUR_MS, formatDay, formatMonth, fromLocal, localClock, localParts } from './local-time';

export type TimeUnit = 'year' | 'quarter' | 'month' | 'week' | 'day' | '6 hours' | '3 hours' | 'hour';
const UNITS: TimeUnit[] = ['year', 'quarter', 'month', 'week', 'day', '6 hours', '3 hours', 'hour'];
const APPROX: Record<TimeUnit, number> = {
	year: 365.25 * DAY_MS,
	quarter: 91.3 * DAY_MS,
	month: 30.44 * DAY_MS,
	week: 7 * DAY_MS,
	day: DAY_MS,
	'6 hours': 6 * HOUR_MS,
	'3 hours': 3 * HOUR_MS,
	hour: HOUR_MS
};

/** The finest unit that splits `span` into at most `max` parts. */
export function unitFor(span: number, max: number): TimeUnit {
	return [...UNITS].reverse().find((u) => span / APPROX[u] <= max) ?? 'year';
}

/** Start of the local unit that contains `ms`. */
export function floorTo(ms: number, unit: TimeUnit): number {
	const p = localParts(ms);
	switch (unit) {
		case 'year':
			return fromLocal(p.year, 0);
		case 'quarter':
			return fromLocal(p.year, p.month - (p.month % 3));
		case 'month':
			return fromLocal(p.year, p.month);
		case 'week': {
			const day = fromLocal(p.year, p.month, p.day);
			return day - ((new Date(day + 4 * HOUR_MS).getUTCDay() + 6) % 7) * DAY_MS; // Monday
		}
		case 'day':
			return fromLocal(p.year, p.month, p.day);
		default: {
			const step = APPROX[unit] / HOUR_MS;
			return fromLocal(p.year, p.month, p.day, p.hour - (p.hour % step));
		}
	}
}

/** Start of the unit after the one that begins at `start`. */
export function nextUnit(start: number, unit: TimeUnit): number {
	const p = localParts(start);
	if (unit === 'year') return fromLocal(p.year + 1, 0);
	if (unit === 'quarter') return fromLocal(p.year, p.month + 3);
	if (unit === 'month') return fromLocal(p.year, p.month + 1);
	return start + APPROX[unit];
}

/** The nearest unit boundary: brushed ranges snap to it. */
export function snapTo(ms: number, unit: TimeUnit): number {
	const a = floorTo(ms, unit);
	const b = nextUnit(a, unit);
	return ms - a < b - ms ? a : b;
}

export interface Bin {
	t0: number;
	t1: number;
	/** Incidents whose whole span lies inside the bin. */
	precise: number;
	/** Incidents whose span overlaps the bin but is longer than it (e.g. a day-precision report in an hour bin). */
	vague: number;
}

/** Histogram over [start, end) in bins of `unit`; an incident counts in every bin its span overlaps. */
export function histogram(incidents: readonly ExplorerIncident[], start: number, end: number, unit: TimeUnit): Bin[] {
	const bins: Bin[] = [];
	if (end <= start) return bins;
	for (let t = floorTo(start, unit); t < end; t = nextUnit(t, unit)) bins.push({ t0: t, t1: nextUnit(t, unit), precise: 0, vague: 0 });
	if (!bins.length) return bins;
	for (const i of incidents) {
		const t1 = Math.max(i.t1, i.t0 + 1);
		if (t1 <= bins[0].t0 || i.t0 >= bins[bins.length - 1].t1) continue;
		let k = Math.max(0, search(bins, i.t0));
		for (; k < bins.length && bins[k].t0 < t1; k++) {
			if (i.t0 >= bins[k].t0 && t1 <= bins[k].t1) bins[k].precise++;
			else bins[k].vague++;
		}
	}
	return bins;
}

/** Index of the last bin starting at or before t (binary search; bins are in order). */
function search(bins: Bin[], t: number): number {
	let lo = 0;
	let hi = bins.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (bins[mid].t0 <= t) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

export interface Tick {
	t: number;
	label: string;
}

/** At most about `maxTicks` axis ticks over [start, end), on unit boundaries, labelled for their unit. */
export function ticks(start: number, end: number, maxTicks: number): Tick[] {
	const unit = unitFor(end - start, maxTicks);
	const out: Tick[] = [];
	for (let t = nextUnit(floorTo(start, unit), unit); t < end && out.length < 200; t = nextUnit(t, unit)) {
		out.push({ t, label: tickLabel(t, unit) });
	}
	return out;
}

function tickLabel(t: number, unit: TimeUnit): string {
	const p = localParts(t);
	if (unit === 'year') return String(p.year);
	if (unit === 'quarter' || unit === 'month') return p.month === 0 ? String(p.year) : formatMonth(t).split(' ')[0];
	if (unit === 'week' || unit === 'day') return p.day === 1 ? formatMonth(t) : formatDay(t).split(' ').slice(0, 2).join(' ');
	return p.hour === 0 ? formatDay(t).split(' ').slice(0, 2).join(' ') : localClock(t);
}
