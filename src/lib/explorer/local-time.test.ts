import { describe, expect, test } from 'vitest';
import { formatWhen, localDate } from './local-time';
import type { DatePrecision } from '$lib/types';

const when = (date_start: string, date_end: string, time_precision: DatePrecision, t0 = Date.parse(date_start), t1 = Date.parse(date_end)) =>
	formatWhen({ t0, t1, date_start, date_end, time_precision });

describe('formatWhen', () => {
	test('shows clock times in UTC+4 whatever the reader’s zone', () => {
		expect(when('2022-09-13T01:00+04:00', '2022-09-13T04:00+04:00', 'hour')).toBe('13 Sep 2022, 01:00–04:00 (to the hour, UTC+4)');
	});

	test('an inclusive end (xx:59:59.999) reads as the whole minute', () => {
		const t0 = Date.parse('2022-09-13T00:05+04:00');
		expect(when('2022-09-13T00:05+04:00', '', 'minute', t0, Date.parse('2022-09-13T00:59:59.999+04:00'))).toBe(
			'13 Sep 2022, 00:05–01:00 (to the minute, UTC+4)'
		);
	});

	test('a span across midnight names both days', () => {
		expect(when('2022-09-12T21:00+04:00', '2022-09-13T03:00+04:00', 'hour')).toBe('12 Sep 2022, 21:00–13 Sep 2022, 03:00 (to the hour, UTC+4)');
	});

	test('days come from the ISO dates as written, never shifted by a time zone', () => {
		expect(when('2022-09-12', '2022-09-14', 'day', 0, 0)).toBe('12 Sep 2022 – 14 Sep 2022 (to the day, UTC+4)');
		expect(when('2022-09-13', '2022-09-13', 'day', 0, 0)).toBe('13 Sep 2022 (to the day, UTC+4)');
	});

	test('months and years say no more than the sources', () => {
		expect(when('2022-08-01', '2022-08-31', 'month', Date.parse('2022-08-01T00:00+04:00'))).toBe('Aug 2022 (to the month, UTC+4)');
		expect(when('2021-06-01', '2021-08-31', 'year', 0, 0)).toBe('2021 (to the year, UTC+4)');
	});
});

test('localDate gives the UTC+4 calendar day', () => {
	expect(localDate(Date.parse('2022-09-12T20:30Z'))).toBe('2022-09-13');
});
