// Stage 4b: who speaks and who acts. Reads data/actors.json (party markers, people, outlets) and
// finds them in a sentence, growing a marker into the speaker phrase the text gives
// ("Armenia’s defence ministry", "the Azerbaijani Defense Ministry", "Officials in Yerevan").
import type { Claimant, Side } from '../types';
import { InputError } from './errors';
import { INSTITUTION, MEDIA_INSTITUTION } from './lexicon';
import { fold } from './text';

export interface ActorsFile {
	about?: unknown;
	markers: { text: string; side: Claimant; note?: string }[];
	people: { name: string; aliases: string[]; side: Claimant; office?: string }[];
	media: { name: string; note?: string; country?: Side }[];
}

export interface Actors {
	/** Sticky regex for markers, people and outlets, tried only where a name can start. */
	pattern: RegExp;
	/** Folded first words of all names: a capitalised word not in it starts no name. */
	firstWords: Set<string>;
	/** Folded name → who it is. */
	lookup: Map<string, { side: Claimant; kind: 'marker' | 'person' | 'media' }>;
	/** Folded words that are never place names (for the fuzzy place matcher). */
	words: Set<string>;
	/** Folded outlet name → the country it is based in (AM or AZ), for outlets that have one. */
	outletCountry: Map<string, Side>;
}

export interface Speaker {
	start: number;
	end: number;
	/** The phrase as the text gives it. */
	name: string;
	claimant: Claimant;
	/** The party it stands for when it is a side (AM or AZ). */
	side: Side | null;
	kind: 'marker' | 'person' | 'media' | 'institution';
}

const CALENDAR = 'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday';

/** Parses and checks data/actors.json. */
export function parseActors(text: string, file: string): Actors {
	let data: ActorsFile;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new InputError(file, null, `not valid JSON (${(e as Error).message})`);
	}
	const sides: Claimant[] = ['AM', 'AZ', 'third-party', 'media'];
	const lookup: Actors['lookup'] = new Map();
	const add = (name: string, side: Claimant, kind: 'marker' | 'person' | 'media', where: string) => {
		if (!sides.includes(side)) throw new InputError(file, null, `${where}: side "${side}" is not one of ${sides.join(', ')}`);
		lookup.set(fold(name), { side, kind });
	};
	for (const m of data.markers ?? []) add(m.text, m.side, 'marker', `marker "${m.text}"`);
	for (const p of data.people ?? []) for (const n of [p.name, ...(p.aliases ?? [])]) add(n, p.side, 'person', `person "${p.name}"`);
	const outletCountry = new Map<string, Side>();
	for (const m of data.media ?? []) {
		add(m.name, 'media', 'media', `outlet "${m.name}"`);
		if (m.country !== undefined && m.country !== 'AM' && m.country !== 'AZ') throw new InputError(file, null, `outlet "${m.name}": country "${m.country}" is not AM or AZ`);
		if (m.country) outletCountry.set(fold(m.name), m.country);
	}
	const names = [...(data.markers ?? []).map((m) => m.text), ...(data.people ?? []).flatMap((p) => [p.name, ...(p.aliases ?? [])]), ...(data.media ?? []).map((m) => m.name)];
	names.sort((a, b) => b.length - a.length);
	const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
	const pattern = new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'uy');
	const firstWords = new Set(names.map((n) => fold(/^[\p{L}\p{N}]+/u.exec(n)?.[0] ?? n)));
	const words = new Set([...lookup.keys(), ...CALENDAR.split(' ')].flatMap((k) => [k, ...k.split(' ')]));
	return { pattern, firstWords, lookup, words, outletCountry };
}

/** A capitalised word: a name can only start at one (the caller checks that no letter precedes it). */
const CAPITALISED = /\p{Lu}[\p{L}\p{N}]*/gu;

const INSTITUTION_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:(?:new|own|state|local)\\s+)?${INSTITUTION}(?:\\s+of\\s+(?:Defen[cs]e|Foreign Affairs))?`, 'i');
const INSTITUTION_BEFORE = new RegExp(`(?:\\bthe\\s+)?${INSTITUTION}\\s+(?:of|in|from)\\s+(?:the\\s+)?$`, 'i');

/**
 * Every party, person and outlet a sentence names, each grown into its speaker phrase.
 *
 * @example
 * findSpeakers("Armenia’s defence ministry said …", actors)[0] // { name: "Armenia’s defence ministry", claimant: 'AM', … }
 */
export function findSpeakers(sentence: string, offset: number, actors: Actors): Speaker[] {
	const out: Speaker[] = [];
	// Try the names only where a capitalised word that can start one stands.
	let skipUntil = 0;
	for (const w of sentence.matchAll(CAPITALISED)) {
		if (w.index! < skipUntil || (w.index! > 0 && /[\p{L}\p{N}]/u.test(sentence[w.index! - 1])) || !actors.firstWords.has(fold(w[0]))) continue;
		actors.pattern.lastIndex = w.index!;
		const m = actors.pattern.exec(sentence);
		if (!m) continue;
		skipUntil = m.index + m[0].length;
		const who = actors.lookup.get(fold(m[0]));
		if (!who) continue;
		let start = m.index!;
		let end = start + m[0].length;
		let kind: Speaker['kind'] = who.kind;
		let claimant: Claimant = who.side;
		if (who.kind === 'marker') {
			const after = INSTITUTION_AFTER.exec(sentence.slice(end));
			const before = INSTITUTION_BEFORE.exec(sentence.slice(0, start));
			const institution = after?.[0] ?? before?.[0];
			if (after) end += after[0].length;
			else if (before) start -= before[0].length;
			if (institution) {
				kind = 'institution';
				if (MEDIA_INSTITUTION.test(institution.replace(/^(?:['’]s)?\s*(?:the\s+)?|\s+(?:of|in|from)\s+(?:the\s+)?$/gi, '').replace(/^(?:new|own|state|local)\s+/i, ''))) claimant = 'media';
			}
			const article = /\bthe\s+$/i.exec(sentence.slice(0, start));
			if (article && kind === 'institution') start -= article[0].length;
		}
		const side = who.side === 'AM' || who.side === 'AZ' ? who.side : null;
		out.push({ start: offset + start, end: offset + end, name: sentence.slice(start, end), claimant, side, kind });
	}
	return out;
}
