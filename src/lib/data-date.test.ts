import { describe, expect, test } from 'vitest';
import { dataDate } from './data-date';

describe('dataDate', () => {
	const today = new Date('2026-12-02T10:00:00Z');
	test('the newest publication date that sources.json states wins', () => {
		expect(dataDate({ published: [{ published: '2022-09-13' }, { published: '2021-03-03' }, { published: null }], today })).toBe('2022-09-13');
	});
	test('without any stated publication date it is the day of the build', () => {
		expect(dataDate({ published: [{ published: null }], today })).toBe('2026-12-02');
		expect(dataDate({ published: [], today })).toBe('2026-12-02');
	});
	test('a malformed date is not taken', () => {
		expect(dataDate({ published: [{ published: 'May 31, 2023' }], today })).toBe('2026-12-02');
	});
});
