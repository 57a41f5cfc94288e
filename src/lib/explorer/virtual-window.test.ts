import { describe, expect, test } from 'vitest';
import { scrollToShow, visibleRange } from './virtual-window';

describe('visibleRange', () => {
	test('renders the rows in view plus the overscan on each side', () => {
		expect(visibleRange({ scrollTop: 520, height: 400, rowHeight: 52, count: 100_000, overscan: 5 })).toEqual({ start: 5, end: 23 });
	});

	test('is clamped to the start and the end of the list', () => {
		expect(visibleRange({ scrollTop: 0, height: 400, rowHeight: 50, count: 100, overscan: 5 })).toEqual({ start: 0, end: 13 });
		expect(visibleRange({ scrollTop: 4800, height: 400, rowHeight: 50, count: 100, overscan: 5 })).toEqual({ start: 91, end: 100 });
	});

	test('a short list is rendered whole', () => {
		expect(visibleRange({ scrollTop: 0, height: 600, rowHeight: 50, count: 4 })).toEqual({ start: 0, end: 4 });
	});

	test('an empty list, a negative scroll or a zero row height render nothing out of range', () => {
		expect(visibleRange({ scrollTop: 0, height: 600, rowHeight: 50, count: 0 })).toEqual({ start: 0, end: 0 });
		expect(visibleRange({ scrollTop: -80, height: 100, rowHeight: 50, count: 10, overscan: 0 })).toEqual({ start: 0, end: 2 });
		expect(visibleRange({ scrollTop: 0, height: 100, rowHeight: 0, count: 10 })).toEqual({ start: 0, end: 0 });
	});
});

describe('scrollToShow', () => {
	test('scrolls down just enough to show a row below the view', () => {
		expect(scrollToShow({ index: 40, scrollTop: 0, height: 400, rowHeight: 52 })).toBe(41 * 52 - 400);
	});

	test('scrolls up to a row above the view', () => {
		expect(scrollToShow({ index: 2, scrollTop: 1000, height: 400, rowHeight: 52 })).toBe(104);
	});

	test('keeps the position when the row is already in view', () => {
		expect(scrollToShow({ index: 10, scrollTop: 400, height: 400, rowHeight: 52 })).toBe(400);
	});
});
