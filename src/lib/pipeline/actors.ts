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
	media: { name: string; note?: string }[];
}

export interface Actors {
	/** Regex over a sentence for markers, people and outlets. */
	pattern: RegExp;
	/** Folded name → who it is. */
	lookup: Map<string, { side: Claimant; kind: 'marker' | 'person' | 'media' }>;
	/** Folded words that are never place names (for the fuzzy place matcher). */
	words: Set<string>;
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
	for (const m of data.media ?? []) add(m.name, 'media', 'media', `outlet "${m.name}"`);
	const names = [...(data.markers ?? []).map((m) => m.text), ...(data.people ?? []).flatMap((p) => [p.name, ...(p.aliases ?? [])]), ...(data.media ?? []).map((m) => m.name)];
	names.sort((a, b) => b.length - a.length);
	const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
	// Every name starts with a capital: the look-ahead lets the engine skip all other positions cheaply.
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?=\\p{Lu})(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	const words = new Set([...lookup.keys(), ...CALENDAR.split(' ')].flatMap((k) => [k, ...k.split(' ')]));
	return { pattern, lookup, words };
}

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
	actors.pattern.lastIndex = 0;
	for (const m of sentence.matchAll(actors.pattern)) {
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
