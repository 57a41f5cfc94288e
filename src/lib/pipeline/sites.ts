// Stage 4d: where a sentence says something happened: its incident sites with their precision
// (exact, near, in the direction of, area), leaving out countries, places abroad, capitals standing
// for their governments, the seats of speakers and qualifiers such as "on Lake Sevan".
import type { IncidentPlace, Place, PlacePrecision } from '../types';
import type { Speaker } from './actors';
import { PRECISION_AFTER, PRECISION_BEFORE } from './lexicon';
import type { FoundMention } from './mentions';
import { placeLabel } from '../places';

/** The gazetteer entry used when a report places an event only "on the border". */
export const BORDER_PLACE_ID = 'armenia-azerbaijan-border';

export interface SitePlace {
	mention: FoundMention | null;
	place: Place;
	precision: PlacePrecision;
}

/** The incident sites of a sentence: its places, minus countries, places abroad, capitals standing for governments, speakers' seats and qualifiers ("on Lake Sevan"). */
export function placesOf(sentence: string, offset: number, mentions: FoundMention[], speakers: Speaker[], byId: Map<string, Place> = new Map()): SitePlace[] {
	const out: SitePlace[] = [];
	const seen = new Set<string>();
	mentions.forEach((m, k) => {
		if (!m.place || m.place.context_only || m.place.kind === 'country' || m.confidence < 0.5) return;
		const after = sentence.slice(m.end - offset);
		// "the Gazakh village of Yukhari Askipara": the first name only says where the second is ("the Hadrut settlement of the Khojavend district" keeps Hadrut).
		const next = mentions[k + 1]?.place;
		if (/^\s+(?:villages?|settlements?|towns?|communit(?:y|ies))\s+of\b/i.test(after) && next && !AREA_KINDS.has(next.kind)) return;
		const place = areaNamed(m.place, after, byId);
		const before = sentence.slice(0, m.start - offset);
		// A capital stands for its government ("Yerevan said") unless the text places an attack there.
		const attacked = /\b(?:shell\w*|strikes?|struck|hit|attack\w*|fire|bomb\w*|on|near|towards?|direction of)\s+(?:the\s+)?(?:(?:city|outskirts|suburbs|vicinity)\s+of\s+)?$/i.test(before);
		if (place.capital_of && !attacked) return;
		// Places that describe another place ("a road connecting Armenia and Karabakh") are not where it happened.
		if (/\b(?:connect(?:ing|s)?|link(?:ing|s)?|between)\b[^,.;:]*$/i.test(before)) return;
		if (speakers.some((sp) => m.start >= sp.start && m.end <= sp.end && !(attacked && sp.kind === 'marker'))) return;
		const previous = mentions[k - 1];
		// "near Yeraskh in the Ararat province", "Eraskh, Ararat province", "the Zod settlement of Basarkechar region": the area only says where the place is.
		const qualifier = previous?.place && /^\s*(?:,\s*|\s+(?:villages?|settlements?|towns?)\s+)?(?:(?:on|in|of)\s+)?(?:the\s+)?(?:\p{Lu}\p{L}+['’]s\s+)?$/u.test(sentence.slice(previous.end - offset, m.start - offset));
		if (qualifier && ['lake', 'province', 'district', 'region'].includes(place.kind)) return;
		if (seen.has(place.id)) return;
		seen.add(place.id);
		out.push({ mention: m, place, precision: precisionOf(place, sentence, m.start - offset, m.end - offset) });
	});
	return out;
}

/** Kinds of place that are areas: drawn as their shape, never as a marker at a centre point. */
export const AREA_KINDS: ReadonlySet<string> = new Set(['district', 'province', 'region', 'road', 'lake', 'country']);

/** The district or province a name stands for when the text says so ("the Kalbajar and Lachin districts", "Sadarak region"), when the gazetteer has it. */
function areaNamed(place: Place, after: string, byId: Map<string, Place>): Place {
	const word = /^(?:\s*(?:,|and|or)\s*(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?)*\s+(districts?|regions?|rayons?|provinces?)\b/iu.exec(after)?.[1].toLowerCase();
	if (!word || AREA_KINDS.has(place.kind)) return place;
	const ids = word.startsWith('province') ? [`${place.id}-province`] : [`${place.id}-district`, `${place.id}-province`];
	return ids.map((id) => byId.get(id)).find((p): p is Place => !!p) ?? place;
}

function precisionOf(place: Place, sentence: string, start: number, end: number): PlacePrecision {
	if (AREA_KINDS.has(place.kind)) return 'area';
	// A phrase such as "in the direction of" governs the whole list that follows it ("… of Goris, Sotk and Jermuk").
	const window = sentence.slice(Math.max(0, start - 160), start);
	for (const [re, precision] of PRECISION_BEFORE) {
		const hit = lastMatch(re, window);
		if (hit !== null && isPlaceList(window.slice(hit))) return precision;
	}
	const after = sentence.slice(end, end + 120);
	if (after.includes('direction') && PRECISION_AFTER.test(after)) return 'direction';
	return 'exact';
}

/** End offset of the last match of a (non-anchored) phrase in a text, or null. */
function lastMatch(re: RegExp, text: string): number | null {
	let global = GLOBAL.get(re);
	if (!global) GLOBAL.set(re, (global = new RegExp(re.source, 'gi')));
	let end: number | null = null;
	for (const m of text.matchAll(global)) end = m.index! + m[0].length;
	return end;
}

const GLOBAL = new Map<RegExp, RegExp>();

/** Whether a stretch of text is only names joined by commas, "and", "or" (at most four words each). */
function isPlaceList(between: string): boolean {
	if (!between.trim()) return true;
	return between
		.split(/,|\band\b|\bor\b/)
		.map((part) => part.trim())
		.every((part) => part === '' || (part.split(/\s+/).length <= 4 && /^[\p{Lu}][\p{L}'’ -]*$/u.test(part)));
}

const SHARED_PLACES = new Map<string, IncidentPlace>();

/** One frozen record per place and precision, shared by every claim that names it (a large corpus names the same places over and over). */
export function sharedPlace(place: Place, precision: PlacePrecision): IncidentPlace {
	const key = `${place.id}|${precision}|${place.lat}|${place.lon}|${place.name}`;
	let shared = SHARED_PLACES.get(key);
	if (!shared) {
		const area = AREA_KINDS.has(place.kind);
		shared = Object.freeze({ id: place.id, name: placeLabel(place), lat: area ? null : place.lat, lon: area ? null : place.lon, precision: area ? 'area' : precision, kind: place.kind, area });
		SHARED_PLACES.set(key, shared);
	}
	return shared;
}

