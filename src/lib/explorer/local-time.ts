// Local time on the border: Armenia and Azerbaijan both keep UTC+4 all year (no summer time since
// 2012 and 2016), so the explorer shows and parses times at a fixed offset, never the reader's zone.
import type { ExplorerIncident } from '$lib/types';

/** UTC+4, in milliseconds. */
export const LOCAL_OFFSET_MS = 4 * 3_600_000;
export const LOCAL_ZONE_LABEL = 'UTC+4';
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local (UTC+4) calendar fields of an instant. */
export function localParts(ms: number) {
	const d = new Date(ms + LOCAL_OFFSET_MS);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** Epoch ms of a local (UTC+4) wall-clock time; month is 0-based as in Date. */
export function fromLocal(year: number, month: number, day = 1, hour = 0, minute = 0): number {
	return Date.UTC(year, month, day, hour, minute) - LOCAL_OFFSET_MS;
}

/** `YYYY-MM-DD` of the local day an instant falls in. */
export function localDate(ms: number): string {
	const p = localParts(ms);
	return `${p.year}-${pad(p.month + 1)}-${pad(p.day)}`;
}

/** `HH:MM` local. */
export function localClock(ms: number): string {
	const p = localParts(ms);
	return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** True when the instant is a local midnight. */
export function isLocalMidnight(ms: number): boolean {
	return (ms + LOCAL_OFFSET_MS) % DAY_MS === 0;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "13 Sep 2022" for an instant, in local time. */
export function formatDay(ms: number): string {
	const p = localParts(ms);
	return `${p.day} ${MONTHS[p.month]} ${p.year}`;
}

/** "Sep 2022". */
export function formatMonth(ms: number): string {
	const p = localParts(ms);
	return `${MONTHS[p.month]} ${p.year}`;
}

const isoDay = (iso: string) => {
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
	return `${d} ${MONTHS[m - 1]} ${y}`;
};

/**
 * When an incident happened, as precisely as the sources say and no more. Days come from the ISO
 * dates as written; clock times from t0/t1, shown in UTC+4.
 *
 * @example
 * formatWhen({ t0, t1, date_start: '2022-09-13T01:00+04:00', date_end: '2022-09-13T04:00+04:00', time_precision: 'hour' })
 * // "13 Sep 2022, 01:00–04:00 (to the hour, UTC+4)"
 */
export function formatWhen(i: Pick<ExplorerIncident, 't0' | 't1' | 'date_start' | 'date_end' | 'time_precision'>): string {
	const note = ` (to the ${i.time_precision}, ${LOCAL_ZONE_LABEL})`;
	if (i.time_precision === 'hour' || i.time_precision === 'minute') {
		// t1 may be an exclusive end (01:00) or an inclusive one (00:59:59.999): show whole minutes.
		const t1 = Math.ceil(i.t1 / 60_000) * 60_000;
		const sameDay = localDate(i.t0) === localDate(Math.max(i.t0, t1 - 1));
		const end = t1 > i.t0 ? `–${sameDay ? '' : formatDay(t1) + ', '}${localClock(t1)}` : '';
		return `${formatDay(i.t0)}, ${localClock(i.t0)}${end}${note}`;
	}
	if (i.time_precision === 'year') return `${i.date_start.slice(0, 4)}${note}`;
	if (i.time_precision === 'month') return `${formatMonth(i.t0)}${note}`;
	const a = isoDay(i.date_start);
	const b = isoDay(i.date_end);
	return `${a === b ? a : `${a} – ${b}`}${note}`;
}
