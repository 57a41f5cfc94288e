// Gazetteer entries lie in their de-jure country on the basemap: swapped or mistyped coordinates stop the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPlaceCountries } from './gazetteer-countries';
import { parseGazetteer } from './gazetteer';
import { ROOT } from './test-data';

const land = JSON.parse(readFileSync(join(ROOT, 'static/basemap/land.geojson'), 'utf8'));
const place = (over: Record<string, unknown>) => ({
	id: 'goris', name: 'Goris', names: { hy: null, az: null, ru: null }, aliases: [], kind: 'settlement', admin: 'Syunik', country: 'AM',
	controlled_by: null, contested_names: null, rank: 2, context_only: false, capital_of: null, lat: 39.51, lon: 46.34,
	coord_source: 'GeoNames 616629', coord_checked: true, notes: null, ...over
});
const check = (places: Record<string, unknown>[], toleranceKm?: number) => {
	const text = JSON.stringify({ about: { description: 't' }, places }, null, 2);
	checkPlaceCountries({ gazetteer: parseGazetteer(text, 'g.json'), land, text, file: 'g.json', toleranceKm });
	return text;
};
const lineOf = (text: string, id: string) => text.split('\n').findIndex((l) => l.includes(`"id": "${id}"`)) + 1;

describe('the country check of the gazetteer', () => {
	test('data/gazetteer.json passes against the basemap', () => {
		const text = readFileSync(join(ROOT, 'data/gazetteer.json'), 'utf8');
		expect(() => checkPlaceCountries({ gazetteer: parseGazetteer(text, 'data/gazetteer.json'), land, text, file: 'data/gazetteer.json' })).not.toThrow();
	});
	test('swapped latitude and longitude are refused, naming the file, the line and the entry', () => {
		const places = [place({ id: 'kapan', name: 'Kapan', lat: 39.2, lon: 46.4 }), place({ lat: 46.34, lon: 39.51 })];
		const text = JSON.stringify({ about: { description: 't' }, places }, null, 2);
		expect(() => check(places)).toThrow(
			new RegExp(`^g\\.json:${lineOf(text, 'goris')}: entry 2 \\("goris"\\): lat 46\\.34, lon 39\\.51 is \\d+\\.\\d km outside AM on the basemap \\(latitude and longitude look swapped\\)`)
		);
	});
	test('a village placed in the other country is refused', () => {
		// Aghdam's coordinates on an Armenian entry.
		expect(() => check([place({ lat: 39.99, lon: 46.93 })])).toThrow(/entry 1 \("goris"\): lat 39\.99, lon 46\.93 is \d+\.\d km outside AM on the basemap;/);
	});
	test('an Azerbaijani entry in Armenia is refused', () => {
		expect(() => check([place({ id: 'qubadli', name: 'Qubadli', country: 'AZ' })])).toThrow(/\("qubadli"\): .* outside AZ on the basemap/);
	});
	test('a border village a few hundred metres across the line is kept, within the tolerance', () => {
		// Yeraskh, on the line with Sadarak, lies 0.1 km outside Armenia's polygon on the basemap.
		const yeraskh = place({ id: 'yeraskh', name: 'Yeraskh', lat: 39.73083, lon: 44.83556 });
		expect(() => check([yeraskh])).not.toThrow();
		expect(() => check([yeraskh], 0.01)).toThrow(/\("yeraskh"\): lat 39\.73083, lon 44\.83556 is 0\.1 km outside AM/);
	});
	test('an entry whose notes declare it off the polygon is kept', () => {
		const karki = (notes: string | null) => place({ id: 'karki', name: 'Karki', country: 'AZ', lat: 39.78556, lon: 44.94361, notes });
		expect(() => check([karki(null)])).toThrow(/\("karki"\): .* 5\.\d km outside AZ/);
		expect(() => check([karki("Not in the basemap's AZ polygon: an exclave the basemap does not draw.")])).not.toThrow();
		// The declaration names the country: one for another country does not count.
		expect(() => check([karki("Not in the basemap's AM polygon.")])).toThrow(/outside AZ/);
	});
	test('a point in a lake counts as inside its country', () => {
		expect(() => check([place({ id: 'lake-sevan', name: 'Lake Sevan', kind: 'lake', lat: 40.317, lon: 45.35 })])).not.toThrow();
	});
	test('entries of other countries are not checked against these polygons', () => {
		expect(() => check([place({ id: 'paris', name: 'Paris', kind: 'city-abroad', country: 'FR', lat: 48.86, lon: 2.35 })])).not.toThrow();
	});
	test('a basemap without the country polygons is an error, not a pass', () => {
		const text = JSON.stringify({ about: { description: 't' }, places: [place({})] });
		expect(() => checkPlaceCountries({ gazetteer: parseGazetteer(text, 'g.json'), land: { type: 'FeatureCollection', features: [] }, text, file: 'g.json' })).toThrow(/no polygon for AM/);
	});
});
