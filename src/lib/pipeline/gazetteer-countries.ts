// Stage 0b: every Armenian or Azerbaijani gazetteer entry lies in its de-jure country on the basemap
// (swapped latitude and longitude, a sign slip or a copy from the wrong village lands elsewhere).
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Gazetteer } from '../types';
import { InputError, lineOfId } from './errors';

/** The basemap's A3 code of each country the check knows (static/basemap/land.geojson). */
const A3: Record<string, string> = { AM: 'ARM', AZ: 'AZE' };

/**
 * How far outside its country's polygon an entry may lie. Border villages, posts and passes sit on the
 * line, and the basemap (OpenStreetMap at 1:10m) traces it to within a few hundred metres; 2 km keeps
 * them and still catches any real slip (swapped coordinates land hundreds of kilometres away).
 */
export const BORDER_TOLERANCE_KM = 2;

/**
 * Notes that declare an entry off its country's polygon on purpose, naming the country: an exclave the
 * basemap does not draw (Karki), an area whose point is only a label. Example: "not in the basemap's AZ polygon: …".
 */
const EXCEPTION = (country: string) => new RegExp(`not in the basemap's ${country} polygon`, 'i');

export interface CountryCheckOptions {
	gazetteer: Gazetteer;
	/** The basemap's country polygons, each feature with an `A3` property. */
	land: FeatureCollection<Polygon | MultiPolygon>;
	/** The gazetteer's text and file name, for the line of a bad entry. */
	text: string;
	file: string;
	toleranceKm?: number;
}

/**
 * Throws an InputError for the first AM or AZ entry whose point is more than `toleranceKm` outside its
 * country's polygon (lakes count as inside: the polygons' holes are filled), unless its notes declare it.
 *
 * @example
 * checkPlaceCountries({ gazetteer, land: readLand(), text, file: 'data/gazetteer.json' });
 */
export function checkPlaceCountries({ gazetteer, land, text, file, toleranceKm = BORDER_TOLERANCE_KM }: CountryCheckOptions): void {
	const shapes = new Map<string, Feature<MultiPolygon>>();
	for (const [country, a3] of Object.entries(A3)) {
		const g = land.features.find((f) => (f.properties as { A3?: string } | null)?.A3 === a3)?.geometry;
		if (!g) throw new Error(`the basemap has no polygon for ${country} (${a3}); run npm run basemap`);
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		shapes.set(country, { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons.map((rings) => [rings[0]]) } });
	}
	gazetteer.places.forEach((p, i) => {
		const shape = shapes.get(p.country);
		if (!shape || EXCEPTION(p.country).test(p.notes ?? '')) return;
		const point = [p.lon, p.lat];
		if (booleanPointInPolygon(point, shape)) return;
		const km = pointToPolygonDistance(point, shape, { units: 'kilometers' });
		if (km <= toleranceKm) return;
		const swapped = booleanPointInPolygon([p.lat, p.lon], shape) ? ' (latitude and longitude look swapped)' : '';
		throw new InputError(
			file,
			lineOfId(text, p.id),
			`entry ${i + 1} ("${p.id}"): lat ${p.lat}, lon ${p.lon} is ${km.toFixed(1)} km outside ${p.country} on the basemap${swapped}; ` +
				`fix the coordinates, or say why in its notes ("not in the basemap's ${p.country} polygon: …")`
		);
	});
}
