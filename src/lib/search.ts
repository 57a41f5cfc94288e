// Free-text search for the place and incident lists: accent- and case-insensitive substring match,
// so "Dashkesan" finds "Daşkəsən" and "kelbajar" finds "Kelbajar".
import type { IncidentProperties } from './types';

/**
 * Folds text for matching: lower case, accents removed, Azerbaijani ə/ı read as e/i, spaces squeezed.
 *
 * @example
 * fold('Daşkəsən') // 'daskesen'
 */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ə/g, 'e')
		.replace(/ı/g, 'i')
		.replace(/[‘’ʼ`]/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

/** True when every word of the query is found in one of the texts (empty query: always). */
export function matches(query: string, texts: (string | null | undefined)[]): boolean {
	const words = fold(query).split(' ').filter(Boolean);
	if (words.length === 0) return true;
	const haystack = texts.filter(Boolean).map((t) => fold(t!)).join('\n');
	return words.every((w) => haystack.includes(w));
}

/**
 * Lower-cased text the explorer's free-text search looks in: title, kind, site, episode, speakers and quotes.
 *
 * @example
 * incidentSearchText(incident.properties, 'Border clashes of September 2022') // 'shelling: goris\nshelling\ngoris\n…'
 */
export function incidentSearchText(p: IncidentProperties, episodeTitle?: string): string {
	return [p.title, p.kind, p.site.name, episodeTitle ?? '', ...p.claims.map((c) => `${c.claimant_name} ${c.quote}`)].join(' \n').toLowerCase();
}
