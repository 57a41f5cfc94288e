import { expect, test } from 'vitest';
import { spellingKey } from './spellings';
import { fold } from './text';

test.each([
	['Nerkin Shorzha', 'Lower Shorzha'],
	['Nerkin Shorzha', 'Ashagi Shorja'],
	['Verin Shorzha', 'Yukhari Shorja'],
	['Mets Ishkhanasar', 'Big Ishkhanasar'],
	['Khankendi', 'Xankəndi'],
	['Gubadly', 'Qubadly'],
	['Paravakar', 'Parravakar'],
	['Aghavnadzor', 'Aghavnazor'],
	['Jermuk', 'Dzhermuk'],
	['Chobansighnaq', 'Çobansığnaq'],
	['Tsovak', 'Covak']
])('%s and %s are spellings of one name', (a, b) => {
	expect(spellingKey(fold(a))).toBe(spellingKey(fold(b)));
});

test.each([
	['Nerkin Shorzha', 'Verin Shorzha'],
	['Kut', 'Kot'],
	['Berd', 'Bard']
])('%s and %s stay different names', (a, b) => {
	expect(spellingKey(fold(a))).not.toBe(spellingKey(fold(b)));
});
