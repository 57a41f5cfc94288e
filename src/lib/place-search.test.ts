import { expect, test } from 'vitest';
import { matchesPlace, placeHaystack } from './place-search';

const shorzha = placeHaystack(['Nerkin Shorzha', 'Ներքին Շորժա', 'Aşağı Şorca', 'Неркин-Шоржа', 'Gegharkunik']);

test.each(['nerkin shorzha', 'Lower Shorzha', 'ashagi shorja', 'Շորժա', 'шоржа', 'gegharkunik', 'shorz', ''])('"%s" finds Nerkin Shorzha', (q) => {
	expect(matchesPlace(q, shorzha)).toBe(true);
});

test.each(['verin shorzha', 'tavush', 'shorzha kapan'])('"%s" does not find Nerkin Shorzha', (q) => {
	expect(matchesPlace(q, shorzha)).toBe(false);
});

test('Xankəndi, Xankendi and Khankendi find the same place', () => {
	const hay = placeHaystack(['Khankendi', 'Stepanakert', 'Xankəndi']);
	for (const q of ['Xankəndi', 'xankendi', 'khankendi', 'stepanakert']) expect(matchesPlace(q, hay)).toBe(true);
});
