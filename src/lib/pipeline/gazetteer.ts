// Stage 0: read and check the gazetteer, and index every name and alias for the matcher.
import type { Gazetteer, Place, PlaceKind } from '../types';
import { InputError, lineOfId } from './errors';
import { QUALIFIER_WORDS, spellingKey } from './spellings';
import { fold } from './text';

/** The script each language of `names` is written in: a Russian name in Latin letters is a slip of the pen. */
const SCRIPTS = { hy: ['Armenian', /\p{Script=Armenian}/u], ru: ['Cyrillic', /\p{Script=Cyrillic}/u], az: ['Latin', /\p{Script=Latin}/u] } as const;

const KINDS: PlaceKind[] = ['settlement', 'district', 'province', 'height', 'lake', 'pass', 'road', 'landmark', 'region', 'country', 'city-abroad'];

export interface NameEntry {
	place: Place;
	match: 'exact' | 'alias';
}

export interface GazetteerIndex {
	places: Place[];
	byId: Map<string, Place>;
	/** Folded name (one or more words joined by single spaces) → places that carry it. */
	names: Map<string, NameEntry[]>;
	/** Longest name in words, to bound the matcher's look-ahead. */
	maxWords: number;
	/** First words of names of several words: only these need the look-ahead. */
	firstWords: Set<string>;
	/** Deletion variants (up to two letters) of every folded one-word name → the names, for fuzzy lookup. */
	deletions: Map<string, string[]>;
	/** Spelling key (spellings.ts: Nerkin/Lower, kh/x, gh/q, dzh/j…) of every name → places, tried after `names`. */
	spellings: Map<string, NameEntry[]>;
}

/**
 * Parses and checks data/gazetteer.json; throws an InputError naming the file, line and problem.
 *
 * @example
 * const index = indexGazetteer(parseGazetteer(readFileSync(f, 'utf8'), 'data/gazetteer.json'));
 */
export function parseGazetteer(text: string, file: string): Gazetteer {
	let data: Gazetteer;
	try {
		data = JSON.parse(text);
	} catch (e) {
		const at = /position (\d+)/.exec(String(e))?.[1];
		throw new InputError(file, at ? lineFromOffset(text, Number(at)) : null, `not valid JSON (${(e as Error).message})`);
	}
	if (!data || !Array.isArray(data.places)) throw new InputError(file, 1, 'expected an object with a "places" array');
	const seen = new Map<string, string>();
	const aliasOwner = new Map<string, string>();
	data.places.forEach((p, i) => {
		const where = (id: string | undefined) => (id ? lineOfId(text, id) : null);
		const fail = (problem: string): never => {
			throw new InputError(file, where(p?.id), `entry ${i + 1}${p?.id ? ` ("${p.id}")` : ''}: ${problem}`);
		};
		if (!p || typeof p !== 'object') fail('is not an object');
		if (typeof p.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id)) fail('needs an "id" slug of lower-case letters, digits and hyphens');
		if (seen.has(p.id)) fail(`duplicate id "${p.id}" (also entry ${seen.get(p.id)})`);
		seen.set(p.id, String(i + 1));
		if (typeof p.name !== 'string' || !p.name.trim()) fail('needs a "name"');
		if (!KINDS.includes(p.kind)) fail(`kind "${p.kind}" is not one of ${KINDS.join(', ')}`);
		if (typeof p.lat !== 'number' || typeof p.lon !== 'number' || !Number.isFinite(p.lat) || !Number.isFinite(p.lon))
			fail('needs numeric "lat" and "lon" coordinates');
		if (p.lat < -90 || p.lat > 90) fail(`lat ${p.lat} is out of range -90..90`);
		if (p.lon < -180 || p.lon > 180) fail(`lon ${p.lon} is out of range -180..180`);
		if (typeof p.coord_source !== 'string' || !p.coord_source.trim()) fail('needs a "coord_source" saying where the coordinates come from');
		if (!Array.isArray(p.aliases)) fail('needs an "aliases" array');
		if (p.names !== undefined && (p.names === null || typeof p.names !== 'object' || Array.isArray(p.names))) fail('"names" must be an object { hy, az, ru }');
		for (const [lang, value] of Object.entries(p.names ?? {})) {
			if (!(lang in SCRIPTS)) fail(`"names" has an unknown language "${lang}" (expected hy, az, ru)`);
			if (value === null) continue;
			if (typeof value !== 'string' || !value.trim()) fail(`names.${lang} must be a name or null`);
			const [script, re] = SCRIPTS[lang as keyof typeof SCRIPTS];
			const strays = [...new Set([...(value as string)].filter((c) => /\p{L}/u.test(c) && !re.test(c)))];
			if (strays.length) fail(`names.${lang} "${value}" is not all in ${script} script (${strays.map((c) => `"${c}"`).join(', ')})`);
		}
		const own = new Set([p.name, ...Object.values(p.names ?? {})].filter((n): n is string => !!n).map(fold));
		for (const alias of p.aliases) {
			if (typeof alias !== 'string' || !alias.trim()) fail('has an empty alias');
			const key = fold(alias);
			const owner = aliasOwner.get(key);
			if (owner && owner !== p.id) fail(`alias "${alias}" also points to "${owner}"`);
			aliasOwner.set(key, p.id);
			own.add(key);
		}
	});
	// An alias may not be another place's name either.
	for (const p of data.places) {
		const owner = aliasOwner.get(fold(p.name));
		if (owner && owner !== p.id) {
			throw new InputError(file, lineOfId(text, owner), `entry "${owner}": an alias equals the name of "${p.id}"`);
		}
	}
	// A name two places really share (Azerbaijan calls Jermuk "Istisu", also a Kalbajar village) is
	// declared, not slipped in as an alias: it goes in one side's contested_names, and the notes of one
	// of the two name the other by its id (as martuni-karabakh names martuni-gegharkunik). The matcher then weighs both (mentions.ts).
	const nameOwners = new Map<string, string[]>();
	for (const p of data.places) {
		for (const n of new Set([p.name, ...Object.values(p.names ?? {})].filter((x): x is string => !!x).map(fold))) nameOwners.set(n, [...(nameOwners.get(n) ?? []), p.id]);
	}
	const byId = new Map(data.places.map((p) => [p.id, p]));
	for (const p of data.places) {
		for (const n of Object.values(p.contested_names ?? {})) {
			if (typeof n !== 'string') continue;
			const key = fold(n);
			// A place's own name that others share (Martuni, Aghdam) is resolved by context and needs no declaration.
			if ([p.name, ...Object.values(p.names ?? {})].some((own) => own && fold(own) === key)) continue;
			const others = [...(nameOwners.get(key) ?? []), ...(aliasOwner.has(key) ? [aliasOwner.get(key)!] : [])].filter((id) => id !== p.id);
			for (const other of others) {
				const names = (notes: string | null | undefined, id: string) => new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`).test(notes ?? '');
				const declared = names(p.notes, other) || names(byId.get(other)?.notes, p.id);
				if (!declared) {
					throw new InputError(file, lineOfId(text, p.id), `entry "${p.id}": contested name "${n}" is also a name of "${other}"; declare the shared name in the notes of one of them (name the other's id)`);
				}
			}
		}
	}
	return data;
}

function lineFromOffset(text: string, offset: number): number {
	return text.slice(0, offset).split('\n').length;
}

/** Builds the lookup tables of the mention matcher. */
export function indexGazetteer(gazetteer: Gazetteer): GazetteerIndex {
	const names = new Map<string, NameEntry[]>();
	const add = (name: string | null | undefined, place: Place, match: 'exact' | 'alias') => {
		if (!name) return;
		const key = fold(name);
		if (!key) return;
		const list = names.get(key) ?? [];
		if (!list.some((e) => e.place === place)) list.push({ place, match });
		else if (match === 'exact') list.find((e) => e.place === place)!.match = 'exact';
		names.set(key, list);
	};
	for (const place of gazetteer.places) {
		add(place.name, place, 'exact');
		for (const n of Object.values(place.names ?? {})) add(n, place, 'exact');
		if (place.contested_names) for (const n of Object.values(place.contested_names)) add(n, place, 'exact');
		for (const alias of place.aliases) add(alias, place, 'alias');
	}
	const spellings = new Map<string, NameEntry[]>();
	for (const [key, entries] of names) {
		const skeleton = spellingKey(key);
		const list = spellings.get(skeleton) ?? [];
		for (const e of entries) if (!list.some((x) => x.place === e.place)) list.push({ place: e.place, match: 'alias' });
		spellings.set(skeleton, list);
	}
	let maxWords = 1;
	const firstWords = new Set<string>();
	const deletions = new Map<string, string[]>();
	for (const key of names.keys()) {
		const words = key.split(' ');
		maxWords = Math.max(maxWords, words.length);
		if (words.length > 1) firstWords.add(words[0]);
		if (words.length > 1 && QUALIFIER_WORDS.has(words[0])) for (const w of QUALIFIER_WORDS) firstWords.add(w);
		if (key.includes(' ') || !/^[a-z]+$/.test(key)) continue;
		for (const variant of deletionVariants(key, key.length >= 7 ? 2 : 1)) {
			const list = deletions.get(variant) ?? [];
			if (!list.includes(key)) list.push(key);
			deletions.set(variant, list);
		}
	}
	return { places: gazetteer.places, byId: new Map(gazetteer.places.map((p) => [p.id, p])), names, maxWords, firstWords, deletions, spellings };
}

/** The word itself and every string made by deleting up to `depth` letters (symmetric-delete fuzzy lookup). */
export function deletionVariants(word: string, depth: number): Set<string> {
	const out = new Set([word]);
	let frontier = [word];
	for (let d = 0; d < depth; d++) {
		const next: string[] = [];
		for (const w of frontier) {
			if (w.length <= 2) continue;
			for (let i = 0; i < w.length; i++) {
				const v = w.slice(0, i) + w.slice(i + 1);
				if (!out.has(v)) {
					out.add(v);
					next.push(v);
				}
			}
		}
		frontier = next;
	}
	return out;
}
