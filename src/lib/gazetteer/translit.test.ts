import { expect, test } from 'vitest';
import { armenianToLatin, azerbaijaniToEnglish } from './translit';

test.each([
	['Ներքին Շորժա', 'Nerkin Shorzha'],
	['Երասխ', 'Yeraskh'],
	['Ոսկեպար', 'Voskepar'],
	['Տեղ', 'Tegh'],
	['Ջերմուկ', 'Jermuk'],
	['Խնձորեսկ', 'Khndzoresk'],
	['Ծաղկաձոր', 'Tsaghkadzor'],
	['Կութ', 'Kut']
])('the Armenian %s reads %s in English reporting', (hy, en) => {
	expect(armenianToLatin(hy)).toBe(en);
});

test.each([
	['Xankəndi', 'Khankendi'],
	['Ağdam', 'Aghdam'],
	['Şuşa', 'Shusha'],
	['Cəbrayıl', 'Jabrayil'],
	['Xocalı', 'Khojali'],
	['Qazax', 'Qazakh'],
	['Çaykənd', 'Chaykend']
])('the Azerbaijani %s reads %s in English', (az, en) => {
	expect(azerbaijaniToEnglish(az)).toBe(en);
});
