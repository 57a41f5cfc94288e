import { describe, expect, test } from 'vitest';
import { distanceKm, editDistance, fold, tokenize } from './text';

describe('fold', () => {
	test.each([
		['Kəlbəcər', 'kelbecer'],
		['Laçın', 'lacin'],
		["Sotk'", 'sotk'],
		['Nagorno-Karabakh', 'nagorno karabakh'],
		['Dondar  Quşçu', 'dondar quscu']
	])('folds %s to %s', (input, expected) => expect(fold(input)).toBe(expected));
});

describe('editDistance', () => {
	test('counts an adjacent transposition as one edit', () => expect(editDistance('dasheksan', 'dashkesan')).toBe(1));
	test('counts a dropped letter as one edit', () => expect(editDistance('sok', 'sotk')).toBe(1));
	test('stops early once the limit is passed', () => expect(editDistance('goris', 'kapan', 1)).toBe(2));
});

test('tokenize keeps offsets and drops a possessive from the key', () => {
	const [t] = tokenize('Armenia’s army', 10);
	expect(t).toMatchObject({ text: 'Armenia’s', start: 10, end: 19, key: 'armenia', capitalised: true });
});

test('distanceKm gives about 45 km from Jermuk to Martuni', () => {
	expect(distanceKm({ lat: 39.8417, lon: 45.6695 }, { lat: 40.1389, lon: 45.3055 })).toBeCloseTo(45.3, 0);
});
