// Romanise place names the way English-language reporting does: Armenian script to the common
// English transliteration (Ներքին Հանդ → Nerkin Hand), and Azerbaijani Latin to its English form
// (Xankəndi → Khankendi). Used to draft gazetteer entries; the curated names are checked by hand.

const HY: Record<string, string> = {
	ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k',
	հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v',
	տ: 't', ր: 'r', ց: 'ts', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev'
};

/**
 * Armenian script to the English transliteration used in reporting (word-initial ե → ye, ո → vo).
 *
 * @example
 * armenianToLatin('Ներքին Շորժա') // 'Nerkin Shorzha'
 * armenianToLatin('Երասխ') // 'Yeraskh'
 */
export function armenianToLatin(text: string): string {
	const lower = text.toLowerCase().replace(/ու/g, 'u');
	let out = '';
	for (let i = 0; i < lower.length; i++) {
		const c = lower[i];
		const initial = i === 0 || /[\s-]/.test(lower[i - 1]);
		if (initial && c === 'ե') out += 'ye';
		else if (initial && c === 'ո') out += 'vo';
		else out += HY[c] ?? c;
	}
	return capitalise(out);
}

const AZ: Record<string, string> = { ə: 'a', ğ: 'gh', x: 'kh', ş: 'sh', ç: 'ch', c: 'j', ı: 'i', ö: 'o', ü: 'u', İ: 'i' };

/**
 * Azerbaijani Latin to the English spelling of reporting (ə → a, x → kh, ğ → gh, ş → sh, ç → ch, c → j).
 * Q stays Q, as in Azerbaijani official English (Qubadli); the matcher also reads it as G (Gubadly).
 *
 * @example
 * azerbaijaniToEnglish('Xankəndi') // 'Khankendi'
 */
export function azerbaijaniToEnglish(text: string): string {
	// ə is written "a" in most English usage (Ağdam → Aghdam) but "e" in a few settled forms
	// (Xankəndi → Khankendi, Şuşakənd); "-kənd" (village) is the common case and is kept as "-kend".
	const s = text.replace(/kənd/g, 'kend').replace(/Kənd/g, 'Kend');
	let out = '';
	for (const ch of s) {
		const lower = ch.toLocaleLowerCase('az');
		const mapped = AZ[lower] ?? AZ[ch];
		if (mapped === undefined) out += ch;
		else out += ch !== lower ? capitalise(mapped) : mapped;
	}
	return out;
}

function capitalise(s: string): string {
	return s.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
