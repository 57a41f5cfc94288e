import { describe, expect, test } from 'vitest';
import { formatWhen, regionDay } from './when';

describe('formatWhen', () => {
	test('a time to the minute reads in UTC+4 with its zone', () => {
		expect(formatWhen({ start: '2022-09-13T00:05:00+04:00', end: '2022-09-13T00:05:00+04:00', precision: 'minute' })).toEqual({
			text: '13 September 2022, 00:05',
			precision: 'to the minute',
			zone: 'UTC+4'
		});
	});

	test('a time given in GMT is shown in UTC+4', () => {
		expect(formatWhen({ start: '2022-09-12T20:05:00Z', end: '2022-09-12T20:05:00Z', precision: 'minute' }).text).toBe('13 September 2022, 00:05');
	});

	test('a month given as its first and last day reads as the month once', () => {
		expect(formatWhen({ start: '2022-08-01', end: '2022-08-31', precision: 'month' })).toEqual({ text: 'August 2022', precision: 'to the month', zone: null });
	});

	test('a range of days shows both ends, the shared month and year once', () => {
		expect(formatWhen({ start: '2022-09-12', end: '2022-09-13', precision: 'day' }).text).toBe('12–13 September 2022');
		expect(formatWhen({ start: '2022-08-30', end: '2022-09-02', precision: 'day' }).text).toBe('30 August – 2 September 2022');
		expect(formatWhen({ start: '2021-12-31', end: '2022-01-02', precision: 'day' }).text).toBe('31 December 2021 – 2 January 2022');
	});

	test('a week reads as its days, not as "week of … – week of …" (issue 11, item 7)', () => {
		expect(formatWhen({ start: '2022-09-05', end: '2022-09-11', precision: 'week' }).text).toBe('5–11 September 2022');
		expect(formatWhen({ start: '2022-09-05', end: '2022-09-05', precision: 'week' }).text).toBe('week of 5 September 2022');
	});

	test('months of one year share the year', () => {
		expect(formatWhen({ start: '2022-08-01', end: '2022-09-30', precision: 'month' }).text).toBe('August – September 2022');
	});

	test('an hour reads as around that hour', () => {
		expect(formatWhen({ start: '2022-09-13T09:00:00+04:00', end: '2022-09-13T09:00:00+04:00', precision: 'hour' }).text).toBe('13 September 2022, around 09:00');
	});

	test('an unreadable date is shown as given, without a zone', () => {
		expect(formatWhen({ start: 'last week', end: 'last week', precision: 'week' })).toEqual({ text: 'last week', precision: 'to the week', zone: null });
	});
});

describe('regionDay', () => {
	test('a late-evening UTC time falls on the next day in UTC+4', () => {
		expect(regionDay('2022-09-12T22:30:00Z')).toBe('2022-09-13');
	});

	test('a year alone gives its first day', () => {
		expect(regionDay('2020')).toBe('2020-01-01');
	});

	test('garbage gives null', () => {
		expect(regionDay('13/09/2022')).toBeNull();
	});
});
