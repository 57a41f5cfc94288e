import { describe, expect, test } from 'vitest';
import { formatWhen, resolveWhen } from './dates';

/** [sentence, anchor, start, end, precision, zone] */
const cases: [string, string | null, string, string, string, string | null][] = [
	['At midnight on Tuesday, Azerbaijan launched shelling', '2022-09-13', '2022-09-13T00:00+04:00', '2022-09-13T00:00+04:00', 'hour', null],
	['at 00:05 GMT on Tuesday, Azerbaijan started shelling', '2022-09-13', '2022-09-13T04:05+04:00', '2022-09-13T04:05+04:00', 'minute', 'GMT'],
	['On September 13, at 00:05, units opened fire', '2022-09-13', '2022-09-13T00:05+04:00', '2022-09-13T00:05+04:00', 'minute', 'local'],
	['The clash continued overnight on Monday (September 12).', '2023-05-31', '2022-09-12', '2022-09-13', 'day', null],
	['Fighting resumed on Monday night.', '2022-09-14', '2022-09-12', '2022-09-13', 'day', null],
	['On the evening of September 13, the ministry announced a decrease', '2022-09-13', '2022-09-13', '2022-09-13', 'day', null],
	['In a border attack last week, a soldier was killed.', '2022-09-13', '2022-09-05', '2022-09-11', 'week', null],
	['In August, Azerbaijan said it had lost a soldier.', '2022-09-13', '2022-08-01', '2022-08-31', 'month', null],
	['In December, fighting broke out.', '2022-09-13', '2021-12-01', '2021-12-31', 'month', null],
	['The conflict escalated in March 2022.', '2022-09-13', '2022-03-01', '2022-03-31', 'month', null],
	['Tension increased significantly last summer.', '2022-09-13', '2021-06-01', '2021-08-31', 'month', null],
	['Three days ago a post was shelled.', '2022-09-13', '2022-09-10', '2022-09-10', 'day', null],
	['In the war of 1992-1994 thousands died.', '2022-09-13', '1992-01-01', '1994-12-31', 'year', null],
	['Pashinyan met Putin on September 7, 2022 in Vladivostok.', null, '2022-09-07', '2022-09-07', 'day', null]
];

describe('resolveWhen', () => {
	test.each(cases)('%s (anchor %s)', (sentence, anchor, start, end, precision, zone) => {
		const when = resolveWhen(sentence, anchor)!;
		expect(when).not.toBeNull();
		expect([formatWhen(when.start, when.precision), formatWhen(when.end, when.precision), when.precision, when.zone]).toEqual([start, end, precision, zone]);
	});

	test('a weekday the article tied to a date wins over the anchor', () => {
		const monday = Date.UTC(2022, 8, 12);
		const when = resolveWhen('They started mining operations on Monday night.', '2023-05-31', { monday })!;
		expect(formatWhen(when.start, 'day')).toBe('2022-09-12');
	});

	test('"since September 1" is not the date of an event', () => {
		expect(resolveWhen('France has chaired the Council since September 1.', '2022-09-13')).toBeNull();
	});

	test('a weekday cannot be resolved without an anchor', () => {
		expect(resolveWhen('Shelling began on Tuesday.', null)).toBeNull();
	});

	test('a time alone is kept for the day of the report before it, GMT turned into local time', () => {
		const when = resolveWhen('The shelling began at 22:40 GMT.', '2022-07-06')!;
		expect(when).toMatchObject({ timeOnly: true, precision: 'minute', zone: 'GMT' });
		expect(when.start).toBe((22 * 60 + 40 + 240) * 60_000);
	});
});
