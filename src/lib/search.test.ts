import { describe, expect, test } from 'vitest';
import { fold, matches } from './search';

describe('fold', () => {
	test('Azerbaijani letters fold to plain Latin', () => {
		expect(fold('Daşkəsən Laçın İrəvan')).toBe('daskesen lacin irevan');
	});
});

describe('matches', () => {
	test('an empty or blank query matches everything', () => {
		expect(matches('', ['x'])).toBe(true);
		expect(matches('   ', [])).toBe(true);
	});

	test('every word must be found, in any of the texts', () => {
		expect(matches('goris shelling', ['Shelling near', 'Goris'])).toBe(true);
		expect(matches('goris drone', ['Shelling near', 'Goris'])).toBe(false);
	});

	test('Armenian and Cyrillic names match as typed', () => {
		expect(matches('Գորիս', ['Գորիս'])).toBe(true);
		expect(matches('горис', ['Горис'])).toBe(true);
	});

	test('null texts are ignored', () => {
		expect(matches('x', [null, undefined, 'x'])).toBe(true);
	});
});
