// How an incident's date reads to people: its precision, in the region's time (UTC+4, Armenia and
// Azerbaijan alike, no daylight saving since 2012/2016).
import type { DatePrecision } from '$lib/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const REGION_OFFSET_MIN = 4 * 60;

interface Parts {
	y: number;
	m: number;
	d: number;
	hh: number | null;
	mm: number | null;
}

/** Reads an ISO 8601 date or date-time; a time with an offset is shown in UTC+4. Null when unreadable. */
export function regionParts(iso: string): Parts | null {
	const date = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
	if (date) return { y: +date[1], m: date[2] ? +date[2] : 1, d: date[3] ? +date[3] : 1, hh: null, mm: null };
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(iso)) return null;
	const t = Date.parse(iso);
	if (Number.isNaN(t)) return null;
	const local = new Date(t + REGION_OFFSET_MIN * 60_000);
	return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate(), hh: local.getUTCHours(), mm: local.getUTCMinutes() };
}

const pad = (n: number) => String(n).padStart(2, '0');

function one(p: Parts, precision: DatePrecision): string {
	const day = `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
	switch (precision) {
		case 'year':
			return String(p.y);
		case 'month':
			return `${MONTHS[p.m - 1]} ${p.y}`;
		case 'week':
			return `week of ${day}`;
		case 'day':
			return day;
		case 'hour':
			return p.hh === null ? day : `${day}, around ${pad(p.hh)}:00`;
		case 'minute':
			return p.hh === null ? day : `${day}, ${pad(p.hh)}:${pad(p.mm!)}`;
	}
}

/**
 * A span of days, weeks or months said once, as people write it: "5–11 September 2022",
 * "30 August – 2 September 2022", "August – September 2022"; null when it is not such a span.
 */
function span(a: Parts, b: Parts, precision: DatePrecision): string | null {
	if (b.y < a.y || (b.y === a.y && (b.m < a.m || (b.m === a.m && b.d < a.d)))) return null;
	if (precision === 'month') return a.y === b.y ? `${MONTHS[a.m - 1]} – ${MONTHS[b.m - 1]} ${b.y}` : null;
	if (precision !== 'day' && precision !== 'week') return null;
	const end = `${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
	if (a.y === b.y && a.m === b.m) return `${a.d}–${end}`;
	if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} – ${end}`;
	return `${a.d} ${MONTHS[a.m - 1]} ${a.y} – ${end}`;
}

const PRECISION_WORDS: Record<DatePrecision, string> = {
	minute: 'to the minute',
	hour: 'to the hour',
	day: 'to the day',
	week: 'to the week',
	month: 'to the month',
	year: 'to the year'
};

/**
 * A date range at its precision, in UTC+4, with the precision and time zone said in words.
 *
 * @example
 * formatWhen({ start: '2022-09-13T00:05:00+04:00', end: '2022-09-13T00:05:00+04:00', precision: 'minute' })
 * // { text: '13 September 2022, 00:05', precision: 'to the minute', zone: 'UTC+4' }
 */
export function formatWhen({ start, end, precision }: { start: string; end: string; precision: DatePrecision }): {
	text: string;
	precision: string;
	zone: string | null;
} {
	const a = regionParts(start);
	const b = regionParts(end);
	if (!a) return { text: start, precision: PRECISION_WORDS[precision] ?? String(precision), zone: null };
	const zone = a.hh !== null && (precision === 'minute' || precision === 'hour') ? 'UTC+4' : null;
	const first = one(a, precision);
	// A month given as its first and last day reads as the month once.
	const last = b ? one(b, precision) : first;
	const text = first === last ? first : b ? span(a, b, precision) ?? `${first} – ${last}` : first;
	return { text, precision: PRECISION_WORDS[precision] ?? String(precision), zone };
}

/** The date (YYYY-MM-DD, UTC+4) an incident starts on, for file names and short labels. */
export function regionDay(iso: string): string | null {
	const p = regionParts(iso);
	return p ? `${p.y}-${pad(p.m)}-${pad(p.d)}` : null;
}
