// Stage 4a: when a sentence says something happened. Resolves weekdays, "overnight", "on the evening
// of", "last week", "in August" against an anchor date (the article's publication date), keeps the
// precision, and states times in local time (UTC+4, both countries); "GMT" in a text means UTC.
import type { DatePrecision } from '../types';

/** A resolved time span in local wall-clock time (UTC+4), as UTC-based millisecond values. */
export interface When {
	start: number;
	/** Inclusive end. */
	end: number;
	precision: DatePrecision;
	/** "GMT" when the text gave a time in GMT/UTC, "local" when it gave a time without a zone, else null. */
	zone: 'GMT' | 'local' | null;
	/** True when only a time of day was found, to be combined with the day of the previous report. */
	timeOnly?: boolean;
	/** The words the date came from. */
	text: string;
}

export const LOCAL_OFFSET_HOURS = 4;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1 };

const re = {
	monthDay: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'i'),
	dayMonth: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\b(?:,?\\s+(\\d{4}))?`, 'i'),
	weekday: new RegExp(`\\b${WEEKDAY_RE}\\b`, 'i'),
	monthOnly: new RegExp(`\\b(?:in|since|during|by|of|until)\\s+(?:early\\s+|late\\s+|mid-)?${MONTH_RE}(?:\\s+(\\d{4}))?\\b(?!\\s+\\d)`, 'i'),
	season: /\b(last|this|the)\s+(summer|spring|autumn|fall|winter)\b(?:\s+of\s+(\d{4}))?/i,
	lastUnit: /\b(last|past|previous|this)\s+(week|month|year)\b/i,
	ago: /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(day|week|month|year)s?\s+ago\b/i,
	yesterday: /\b(yesterday|today|tonight)\b/i,
	decade: /\b(?:the\s+)?(?:(early|late|mid)[\s-]+)?(1[89]\d0|20[0-2]0)s\b/i,
	yearRange: /\b(1[89]\d\d|20\d\d)\s*[-–]\s*(1[89]\d\d|20\d\d)\b/,
	year: /\b(?:in|since|of|during|until|by|from)\s+(?:the\s+)?(?:summer\s+of\s+|spring\s+of\s+)?(1[89]\d\d|20\d\d)\b|\b(1[89]\d\d|20\d\d)\s+(?:war|fighting|conflict|ceasefire|agreement)\b/i,
	time: /\b(?:at\s+)?([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*(GMT|UTC|local time))?|\b(?:at\s+)?(\d{1,2})\s*(a\.m\.|p\.m\.|am|pm)(?:\s+(GMT|UTC|local time))?|\b(\d{2})(\d{2})\s+(GMT|UTC)\b/i,
	midnight: /\bmidnight\b/i,
	night: /\b(overnight|night|nighttime)\b/i,
	morning: /\b(early|morning|dawn)\b/i,
	evening: /\b(evening)\b/i
};

/** Any word or digit a date expression needs; sentences without one are skipped quickly. */
const MAY_DATE = /\d|day|night|week|month|year|ago|morning|evening|midnight|summer|spring|autumn|fall|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** Local midnight of a calendar date, as a UTC-based millisecond value. */
function day(y: number, m: number, d: number): number {
	return Date.UTC(y, m, d);
}

/**
 * The span a sentence dates its report to, resolved against `anchor` (YYYY-MM-DD), or null.
 * `weekdays` maps weekday names the article has tied to a date ("Monday (September 12)") to that date.
 *
 * @example
 * resolveWhen('at 00:05 GMT on Tuesday', '2022-09-13') // 04:05 local on 13 Sep 2022, minute, GMT
 */
export function resolveWhen(sentence: string, anchor: string | null, weekdays: Record<string, number> = {}): When | null {
	if (!MAY_DATE.test(sentence)) return null; // most sentences name no time at all: one test instead of a dozen
	const a = anchor ? parseIsoDay(anchor) : null;
	const explicit = findExplicitDay(sentence, a);
	const weekday = re.weekday.exec(sentence);
	let base: { start: number; text: string } | null = explicit;
	if (!base && weekday && weekdays[weekday[1].toLowerCase()] !== undefined) {
		base = { start: weekdays[weekday[1].toLowerCase()], text: weekday[0] };
	}
	if (!base && weekday && a !== null) {
		const wd = WEEKDAYS.indexOf(weekday[1].toLowerCase());
		let d = a;
		while (new Date(d).getUTCDay() !== wd) d -= DAY;
		base = { start: d, text: weekday[0] };
	}
	const time = findTime(sentence);
	if (base) return onDay(base.start, base.text, sentence, time);
	if (a !== null) {
		const coarse = findCoarse(sentence, a);
		if (coarse) return coarse;
	}
	const years = findYears(sentence);
	if (years) return years;
	if (time) return { start: time.minutes * 60_000, end: time.minutes * 60_000, precision: time.precision, zone: time.zone, timeOnly: true, text: time.text };
	return null;
}

/** Moves a time-only span onto a day (the day of an earlier report in the same article). */
export function onDayOf(when: When, dayStart: number): When {
	return { ...when, start: dayStart + when.start, end: dayStart + when.end, timeOnly: false };
}

function onDay(start: number, text: string, sentence: string, time: ReturnType<typeof findTime>): When {
	if (time) {
		const t = start + time.minutes * 60_000;
		return { start: t, end: t, precision: time.precision, zone: time.zone, text: `${text} ${time.text}` };
	}
	if (re.midnight.test(sentence)) return { start, end: start, precision: 'hour', zone: null, text: `midnight ${text}` };
	if (/\bnight of\b/i.test(sentence)) {
		// "the night of 13 September" reads both ways (12→13 in Russian usage, 13→14 in English): keep both nights.
		return { start: start - 6 * HOUR, end: start + DAY + 6 * HOUR - 1, precision: 'day', zone: null, text: `night of ${text}` };
	}
	if (re.night.test(sentence)) return { start: start + 18 * HOUR, end: start + DAY + 6 * HOUR - 1, precision: 'day', zone: null, text: `${text} night` };
	if (re.evening.test(sentence)) return { start: start + 18 * HOUR, end: start + DAY - 1, precision: 'day', zone: null, text: `${text} evening` };
	return { start, end: start + DAY - 1, precision: 'day', zone: null, text };
}

function findExplicitDay(sentence: string, anchor: number | null): { start: number; text: string } | null {
	const md = re.monthDay.exec(sentence);
	const dm = re.dayMonth.exec(sentence);
	const hit = md && (!dm || md.index <= dm.index) ? { m: md[1], d: md[2], y: md[3], text: md[0], at: md.index } : dm ? { m: dm[2], d: dm[1], y: dm[3], text: dm[0], at: dm.index } : null;
	if (!hit) return null;
	if (/\bsince\s+(?:the\s+)?$/i.test(sentence.slice(0, hit.at))) return null; // "since September 1" dates a state, not an event
	const month = monthIndex(hit.m);
	const dayOfMonth = Number(hit.d);
	if (month < 0 || dayOfMonth < 1 || dayOfMonth > 31) return null;
	if (hit.y) return { start: day(Number(hit.y), month, dayOfMonth), text: hit.text };
	if (anchor === null) return null;
	// Without a year: the latest such date not after the anchor, matching a weekday named beside it.
	const near = sentence.slice(Math.max(0, hit.at - 20), hit.at + hit.text.length + 20);
	const wd = re.weekday.exec(near);
	const anchorYear = new Date(anchor).getUTCFullYear();
	for (let y = anchorYear + (wd ? 0 : 0); y >= anchorYear - 12; y--) {
		const d = day(y, month, dayOfMonth);
		if (d > anchor + DAY) continue;
		if (wd && new Date(d).getUTCDay() !== WEEKDAYS.indexOf(wd[1].toLowerCase())) continue;
		return { start: d, text: hit.text };
	}
	return null;
}

function findTime(sentence: string): { minutes: number; precision: DatePrecision; zone: 'GMT' | 'local'; text: string } | null {
	const m = re.time.exec(sentence);
	if (!m) return null;
	let hours: number;
	let minutes = 0;
	let zoneWord: string | undefined;
	if (m[1] !== undefined) {
		hours = Number(m[1]);
		minutes = Number(m[2]);
		zoneWord = m[3];
	} else if (m[4] !== undefined) {
		hours = (Number(m[4]) % 12) + (/p/i.test(m[5]) ? 12 : 0);
		zoneWord = m[6];
	} else {
		hours = Number(m[7]);
		minutes = Number(m[8]);
		zoneWord = m[9];
	}
	if (hours > 23 || minutes > 59) return null;
	const gmt = !!zoneWord && /GMT|UTC/i.test(zoneWord);
	const total = hours * 60 + minutes + (gmt ? LOCAL_OFFSET_HOURS * 60 : 0);
	return { minutes: total, precision: m[2] !== undefined || m[8] !== undefined ? 'minute' : 'hour', zone: gmt ? 'GMT' : 'local', text: m[0].trim() };
}

function findCoarse(sentence: string, a: number): When | null {
	const ay = new Date(a).getUTCFullYear();
	const am = new Date(a).getUTCMonth();
	const season = re.season.exec(sentence);
	if (season) {
		const first = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 }[season[2].toLowerCase() as 'summer']!;
		// "this summer" is the anchor's year; "last summer" the year before; "the summer" the latest that has begun.
		const which = season[1].toLowerCase();
		let y = season[3] ? Number(season[3]) : which === 'last' ? ay - 1 : ay;
		if (!season[3] && which === 'the' && day(y, first, 1) > a) y -= 1;
		return { start: day(y, first, 1), end: day(y, first + 3, 1) - 1, precision: 'month', zone: null, text: season[0] };
	}
	const month = re.monthOnly.exec(sentence);
	if (month) {
		const mi = monthIndex(month[1]);
		const y = month[2] ? Number(month[2]) : mi <= am ? ay : ay - 1;
		return { start: day(y, mi, 1), end: day(y, mi + 1, 1) - 1, precision: 'month', zone: null, text: month[0] };
	}
	const unit = re.lastUnit.exec(sentence);
	if (unit) {
		const which = unit[1].toLowerCase() === 'this' ? 0 : 1;
		if (unit[2].toLowerCase() === 'week') {
			const monday = a - ((new Date(a).getUTCDay() + 6) % 7) * DAY - which * 7 * DAY;
			return { start: monday, end: monday + 7 * DAY - 1, precision: 'week', zone: null, text: unit[0] };
		}
		if (unit[2].toLowerCase() === 'month') return { start: day(ay, am - which, 1), end: day(ay, am - which + 1, 1) - 1, precision: 'month', zone: null, text: unit[0] };
		return { start: day(ay - which, 0, 1), end: day(ay - which + 1, 0, 1) - 1, precision: 'year', zone: null, text: unit[0] };
	}
	const ago = re.ago.exec(sentence);
	if (ago) {
		const n = NUMBER_WORDS[ago[1].toLowerCase()] ?? Number(ago[1]);
		const unitDays = { day: 1, week: 7, month: 30, year: 365 }[ago[2].toLowerCase() as 'day']!;
		const start = a - n * unitDays * DAY;
		return { start, end: start + DAY - 1, precision: ago[2].toLowerCase() === 'day' ? 'day' : ago[2].toLowerCase() === 'week' ? 'week' : 'month', zone: null, text: ago[0] };
	}
	const rel = re.yesterday.exec(sentence);
	if (rel) {
		const start = rel[1].toLowerCase() === 'yesterday' ? a - DAY : a;
		const time = findTime(sentence);
		if (time) return { start: start + time.minutes * 60_000, end: start + time.minutes * 60_000, precision: time.precision, zone: time.zone, text: `${rel[0]} ${time.text}` };
		return rel[1].toLowerCase() === 'tonight'
			? { start: start + 18 * HOUR, end: start + DAY - 1, precision: 'day', zone: null, text: rel[0] }
			: { start, end: start + DAY - 1, precision: 'day', zone: null, text: rel[0] };
	}
	return null;
}

function findYears(sentence: string): When | null {
	const range = re.yearRange.exec(sentence);
	if (range) return { start: day(Number(range[1]), 0, 1), end: day(Number(range[2]) + 1, 0, 1) - 1, precision: 'year', zone: null, text: range[0] };
	const decade = re.decade.exec(sentence);
	if (decade) {
		const d = Number(decade[2]);
		const [from, to] = decade[1]?.toLowerCase() === 'late' ? [d + 6, d + 9] : decade[1]?.toLowerCase() === 'early' ? [d, d + 3] : [d, d + 9];
		return { start: day(from, 0, 1), end: day(to + 1, 0, 1) - 1, precision: 'year', zone: null, text: decade[0] };
	}
	const year = re.year.exec(sentence);
	if (year) {
		const y = Number(year[1] ?? year[2]);
		return { start: day(y, 0, 1), end: day(y + 1, 0, 1) - 1, precision: 'year', zone: null, text: year[0] };
	}
	return null;
}

/** Every four-digit year a sentence names (for telling background from news). */
export function yearsNamed(sentence: string): number[] {
	return [...sentence.matchAll(/\b(1[89]\d\d|20\d\d)(s)?\b/g)].map((m) => Number(m[1]));
}

function monthIndex(word: string): number {
	const w = word.toLowerCase().replace('.', '');
	return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

export function parseIsoDay(iso: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	return m ? day(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** Formats a span end for the export: a date for day precision and coarser, else a time with its offset. */
export function formatWhen(ms: number, precision: DatePrecision): string {
	const key = `${ms}|${precision}`;
	let text = FORMATTED.get(key);
	if (text === undefined) {
		text = formatUncached(ms, precision);
		if (FORMATTED.size > 100_000) FORMATTED.clear();
		FORMATTED.set(key, text); // many reports share a date: one string for all of them
	}
	return text;
}

const FORMATTED = new Map<string, string>();

function formatUncached(ms: number, precision: DatePrecision): string {
	const iso = new Date(ms).toISOString();
	if (precision === 'minute' || precision === 'hour') return `${iso.slice(0, 16)}+0${LOCAL_OFFSET_HOURS}:00`;
	return iso.slice(0, 10);
}

/** Local wall-clock milliseconds to a real instant (epoch milliseconds, UTC). */
export function toInstant(localMs: number): number {
	return localMs - LOCAL_OFFSET_HOURS * HOUR;
}

export const MS = { HOUR, DAY };
