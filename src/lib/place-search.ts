// Search over the gazetteer for /places: any name, in any script, and any common Latin spelling
// ("Lower Shorzha" finds Nerkin Shorzha, "Xankendi" finds Khankendi). The haystacks are built once
// on the server, so typing filters 600+ rows without folding them again on every key.
import { spellingKey } from './pipeline/spellings';
import { fold as foldName } from './pipeline/text';
import { fold } from './search';

/** A place's names folded for substring search, and the same names as spelling keys. */
export interface PlaceHaystack {
	plain: string;
	keyed: string;
}

/**
 * Builds the haystack of one place from all its names.
 *
 * @example
 * placeHaystack(['Nerkin Shorzha', 'Ներքին Շորժա']).keyed // 'lower sorca\n…'
 */
export function placeHaystack(texts: (string | null | undefined)[]): PlaceHaystack {
	const present = texts.filter((t): t is string => !!t);
	return { plain: present.map(fold).join('\n'), keyed: present.map((t) => spellingKey(foldName(t))).join('\n') };
}

/** True when every word of the query is in the names, as typed or as a spelling of them (empty query: always). */
export function matchesPlace(query: string, hay: PlaceHaystack): boolean {
	const words = fold(query).split(' ').filter(Boolean);
	return words.every((w) => hay.plain.includes(w) || hay.keyed.includes(spellingKey(foldName(w))));
}
