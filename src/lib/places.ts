// How a place is named to readers: contested places carry both sides' names.
import type { Place } from './types';

/**
 * The label of a place; a place the two sides name differently gets both names.
 *
 * @example
 * placeLabel({ name: 'Khankendi', contested_names: { AM: 'Stepanakert', AZ: 'Khankendi' } }) // 'Khankendi / Stepanakert'
 */
export function placeLabel(place: Pick<Place, 'name' | 'contested_names'>): string {
	const other = place.contested_names
		? [place.contested_names.AZ, place.contested_names.AM].find((n) => n !== place.name)
		: undefined;
	return other ? `${place.name} / ${other}` : place.name;
}
