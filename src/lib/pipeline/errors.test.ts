// Bad input stops the pipeline with an error naming the file, the line and what is wrong.
import { describe, expect, test } from 'vitest';
import { decodeArticle, parseSources } from './articles';
import { parseGazetteer } from './gazetteer';

const place = (over: Record<string, unknown>) => ({
	id: 'goris', name: 'Goris', names: { hy: null, az: null, ru: null }, aliases: [], kind: 'settlement', admin: 'Syunik', country: 'AM',
	controlled_by: null, contested_names: null, rank: 2, context_only: false, capital_of: null, lat: 39.51, lon: 46.34,
	coord_source: 'GeoNames 616629', coord_checked: true, notes: null, ...over
});
const gazetteerText = (...places: Record<string, unknown>[]) => JSON.stringify({ about: { description: 't' }, places }, null, 2);

describe('the gazetteer', () => {
	test('an entry without coordinates names the file, the line and the entry', () => {
		const text = gazetteerText(place({}), place({ id: 'sotk', name: 'Sotk', lat: undefined }));
		const line = text.split('\n').findIndex((l) => l.includes('"id": "sotk"')) + 1;
		expect(line).toBeGreaterThan(1);
		expect(() => parseGazetteer(text, 'data/gazetteer.json')).toThrow(`data/gazetteer.json:${line}: entry 2 ("sotk"): needs numeric "lat" and "lon" coordinates`);
	});
	test('out-of-range coordinates are refused', () => {
		expect(() => parseGazetteer(gazetteerText(place({ lat: 95 })), 'g.json')).toThrow(/g\.json:\d+: entry 1 \("goris"\): lat 95 is out of range -90\.\.90/);
		expect(() => parseGazetteer(gazetteerText(place({ lon: -200 })), 'g.json')).toThrow(/lon -200 is out of range -180\.\.180/);
	});
	test('a duplicate id is refused', () => {
		expect(() => parseGazetteer(gazetteerText(place({}), place({})), 'g.json')).toThrow(/entry 2 \("goris"\): duplicate id "goris" \(also entry 1\)/);
	});
	test('an alias that points to two places is refused', () => {
		const text = gazetteerText(place({ aliases: ['Gorus'] }), place({ id: 'kapan', name: 'Kapan', aliases: ['Görüs'] }));
		expect(() => parseGazetteer(text, 'g.json')).toThrow(/entry 2 \("kapan"\): alias "Görüs" also points to "goris"/);
	});
	test('an alias that is another place\'s name is refused', () => {
		const text = gazetteerText(place({ aliases: ['Kapan'] }), place({ id: 'kapan', name: 'Kapan' }));
		expect(() => parseGazetteer(text, 'g.json')).toThrow(/entry "goris": an alias equals the name of "kapan"/);
	});
	test('a contested name that is another place\'s name is allowed only when the notes declare it', () => {
		const jermuk = (notes: string | null) => place({ id: 'jermuk', name: 'Jermuk', contested_names: { AM: 'Jermuk', AZ: 'Istisu' }, notes });
		const istisu = place({ id: 'istisu', name: 'Istisu', country: 'AZ' });
		expect(() => parseGazetteer(gazetteerText(jermuk(null), istisu), 'g.json')).toThrow(/entry "jermuk": contested name "Istisu" is also a name of "istisu"/);
		expect(parseGazetteer(gazetteerText(jermuk('Azerbaijan calls it Istisu, like the Kalbajar village "istisu".'), istisu), 'g.json').places).toHaveLength(2);
	});
	test('an unknown kind and invalid JSON are refused', () => {
		expect(() => parseGazetteer(gazetteerText(place({ kind: 'village' })), 'g.json')).toThrow(/kind "village" is not one of/);
		expect(() => parseGazetteer('{ "places": [', 'g.json')).toThrow(/^g\.json(:\d+)?: not valid JSON/);
	});
	test('a name in the wrong script for its language names the file, the line, the entry and the letters', () => {
		const text = gazetteerText(place({}), place({ id: 'sotk', name: 'Sotk', names: { hy: 'Сотк', az: null, ru: null } }));
		const line = text.split('\n').findIndex((l) => l.includes('"id": "sotk"')) + 1;
		expect(() => parseGazetteer(text, 'data/gazetteer.json')).toThrow(`data/gazetteer.json:${line}: entry 2 ("sotk"): names.hy "Сотк" is not all in Armenian script ("С", "о", "т", "к")`);
	});
	test('Russian must be Cyrillic and Azerbaijani Latin, letter by letter', () => {
		// A Latin "o" slipped into a Cyrillic name looks right and matches nothing.
		expect(() => parseGazetteer(gazetteerText(place({ names: { hy: null, az: null, ru: 'Гoрис' } })), 'g.json')).toThrow(/names\.ru "Гoрис" is not all in Cyrillic script \("o"\)/);
		expect(() => parseGazetteer(gazetteerText(place({ names: { hy: null, az: 'Горус', ru: null } })), 'g.json')).toThrow(/names\.az "Горус" is not all in Latin script/);
		expect(parseGazetteer(gazetteerText(place({ names: { hy: 'Գորիս', az: 'Gorus', ru: 'Горис' } })), 'g.json').places).toHaveLength(1);
	});
	test('Azerbaijani letters, Armenian ligatures, digits and punctuation are in script', () => {
		const names = { hy: 'Վերին Շորժա-2 (և)', az: 'Şuşa, Kəlbəcər, Ağdam, Göyçə', ru: 'Ёх-Мёх — Верхний' };
		expect(parseGazetteer(gazetteerText(place({ names })), 'g.json').places[0].names).toEqual(names);
	});
	test('a names value that is not a name, or an unknown language, is refused', () => {
		expect(() => parseGazetteer(gazetteerText(place({ names: { hy: 3, az: null, ru: null } })), 'g.json')).toThrow(/names\.hy must be a name or null/);
		expect(() => parseGazetteer(gazetteerText(place({ names: { hy: null, az: null, ru: null, tr: 'Goris' } })), 'g.json')).toThrow(/unknown language "tr"/);
		expect(() => parseGazetteer(gazetteerText(place({ names: ['Goris'] })), 'g.json')).toThrow(/"names" must be an object/);
	});
	test('a good gazetteer parses', () => {
		expect(parseGazetteer(gazetteerText(place({})), 'g.json').places).toHaveLength(1);
	});
});

describe('an article', () => {
	const decode = (bytes: Uint8Array) => decodeArticle({ id: 'x', file: 'seeds/x.txt', bytes, meta: null });
	test('that is empty is refused', () => {
		expect(() => decode(new TextEncoder().encode('  \n\n'))).toThrow('seeds/x.txt:1: the article is empty');
	});
	test('that is not valid UTF-8 is refused with the line of the bad byte', () => {
		expect(() => decode(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63]))).toThrow('seeds/x.txt:2: not valid UTF-8 (byte 3: 0xff)');
	});
	test('that is binary is refused', () => {
		expect(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(/seeds\/x\.txt:1: binary file \(a NUL byte at byte 4\)/);
	});
	test('with a good text decodes, keeping the text as stored', () => {
		expect(decode(new TextEncoder().encode('Şuşa — “x”\n')).text).toBe('Şuşa — “x”\n');
	});
	test('that is larger than 5 MB is refused', () => {
		expect(() => decode(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61))).toThrow(/seeds\/x\.txt: too large \(5\.0 MB; an article may be at most 5 MB\)/);
	});
	test('with a byte-order mark, Windows line ends and decomposed letters reads as the plain composed text', () => {
		const plain = 'Kəlbəcər, Şuşa and Սոթք.\nShelling.';
		const messy = '\uFEFF' + plain.normalize('NFD').replace(/\n/g, '\r\n');
		expect(decode(new TextEncoder().encode(messy)).text).toBe(plain.normalize('NFC'));
	});
});

describe('seeds/sources.json', () => {
	test('a date that does not exist is refused', () => {
		expect(() => parseSources('{\n "a": { "published": "2022-02-30" }\n}', 'seeds/sources.json')).toThrow('seeds/sources.json:2: entry "a": "published" must be a date YYYY-MM-DD, got "2022-02-30"');
	});
	test('invalid JSON names the file', () => {
		expect(() => parseSources('{ "a": ', 'seeds/sources.json')).toThrow(/seeds\/sources\.json: not valid JSON/);
	});
});

describe('seeds/sources.json', () => {
	test('a bad date names the entry', () => {
		expect(() => parseSources('{\n "a": { "published": "13/09/2022" }\n}', 'seeds/sources.json')).toThrow('seeds/sources.json:2: entry "a": "published" must be a date YYYY-MM-DD, got "13/09/2022"');
	});
	test('an unknown field is refused', () => {
		expect(() => parseSources('{ "a": { "date": "x" } }', 's.json')).toThrow(/unknown field "date"/);
	});
});
