// The common Latin spellings of one name, reduced to one key: reporting writes the same village
// Nerkin Shorzha, Lower Shorzha or Ashagi Shorja; Khankendi or Xankəndi; Gubadly or Qubadli;
// Paravakar or Parravakar; Aghavnadzor or Aghavnazor. Names are folded first (see text.ts fold).

/** Words that mean the same part of a name in Armenian, Azerbaijani, Russian and English. */
const QUALIFIERS: Record<string, string[]> = {
	lower: ['nerkin', 'nerqin', 'lower', 'ashagi', 'ashaghi', 'ashagy', 'asagi', 'ashaga', 'nizhniy', 'nizhniye', 'nizhnyaya', 'nizhny'],
	upper: ['verin', 'upper', 'yukhari', 'yukhary', 'yuxari', 'yukhari', 'verkhniy', 'verkhnyaya', 'verkhny'],
	big: ['mets', 'metz', 'big', 'great', 'boyuk', 'beyuk', 'bolshoy', 'bolshaya'],
	small: ['pokr', 'small', 'little', 'kichik', 'kicik', 'malyy', 'malaya'],
	new: ['nor', 'new', 'yeni', 'novyy', 'novaya']
};
const CANONICAL = new Map(Object.entries(QUALIFIERS).flatMap(([key, words]) => words.map((w) => [w, key] as const)));

/** Every qualifier word, folded: the matcher must look ahead after any of them. */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(CANONICAL.keys());

/**
 * One key for the Latin spellings of a folded name: qualifier words made canonical, then
 * kh/x, gh/g/q, ch/c/j/dzh/zh, sh/s, ts/c, dz/z and doubled letters reduced to one form.
 * Vowels are left alone (the fuzzy matcher covers a/e/y/i differences).
 *
 * @example
 * spellingKey('nerkin shorzha') === spellingKey('ashagi shorja') // true
 * spellingKey('khankendi') === spellingKey('xankendi') // true
 */
export function spellingKey(folded: string): string {
	return folded
		.split(' ')
		.map((w) => CANONICAL.get(w) ?? consonants(w))
		.join(' ');
}

function consonants(w: string): string {
	return w
		.replace(/dzh|dj|zh|ch|j/g, 'c')
		.replace(/kh|x/g, 'h')
		.replace(/gh|q/g, 'g')
		.replace(/sh/g, 's')
		.replace(/ts|tz/g, 'c')
		.replace(/dz/g, 'z')
		.replace(/([a-z])\1+/g, '$1');
}
