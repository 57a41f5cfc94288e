// A small static map of some sites on the basemap, as SVG path data (Web Mercator, pixels): drawn
// at build time so incident and place pages show their map without JavaScript or tiles.
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { clipCountries, type BBox } from '$lib/basemap/clip';
import type { PlacePrecision, SiteMap } from '$lib/types';

export interface SiteMapOptions {
	/** Country polygons (static/basemap/land.geojson). */
	land: FeatureCollection<Polygon | MultiPolygon>;
	sites: { id: string; name: string; lat: number; lon: number; precision?: PlacePrecision }[];
	width: number;
	height: number;
	/** The smallest span shown, in degrees of longitude, so a single site keeps its surroundings. */
	minSpan?: number;
	/** Margin around the sites, in pixels. */
	padding?: number;
}

const mercY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
const unmercY = (y: number) => (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90;

/**
 * Frames the sites (with a margin) and projects the basemap clipped to that frame.
 *
 * @example
 * siteMap({ land, sites: [{ id: 'goris', name: 'Goris', lat: 39.51, lon: 46.34 }], width: 600, height: 360 })
 */
export function siteMap({ land, sites, width, height, minSpan = 1.2, padding = 36 }: SiteMapOptions): SiteMap {
	if (sites.length === 0) throw new Error('siteMap needs at least one site.');
	const xs = sites.map((s) => s.lon);
	const ys = sites.map((s) => mercY(s.lat));
	let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	// Scale: fit the sites inside the padded box, but never closer than minSpan.
	const scale = Math.min((width - 2 * padding) / Math.max(x1 - x0, 1e-9), (height - 2 * padding) / Math.max(y1 - y0, 1e-9), width / minSpan);
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	[x0, x1] = [cx - width / 2 / scale, cx + width / 2 / scale];
	[y0, y1] = [cy - height / 2 / scale, cy + height / 2 / scale];
	const bbox: BBox = [x0, unmercY(y0), x1, unmercY(y1)];

	const px = ([lon, lat]: Position): [number, number] => [(lon - x0) * scale, (y1 - mercY(lat)) * scale];
	// Clip a little outside the frame so the frame edge never shows as a coast.
	const m = 4 / scale;
	const clipped = clipCountries({ countries: land, bbox: [bbox[0] - m, unmercY(y0 - m), bbox[2] + m, unmercY(y1 + m)], precision: 6 });

	return {
		width,
		height,
		bbox: bbox.map((v) => Math.round(v * 1e4) / 1e4) as SiteMap['bbox'],
		land: clipped.land.features.map((f) => ({
			a3: (f.properties as { A3: string | null }).A3,
			d: f.geometry.coordinates.flatMap((poly) => poly.map((ring) => pathOf(ring.map(px), true))).join('')
		})),
		borders: clipped.borders.features.flatMap((f) => f.geometry.coordinates.map((line) => pathOf(line.map(px), false))).join(''),
		sites: sites.map((s) => {
			const [x, y] = px([s.lon, s.lat]);
			return { id: s.id, name: s.name, x: round1(x), y: round1(y), precision: s.precision ?? 'exact' };
		})
	};
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** SVG path data of a line in pixels, dropping points closer than half a pixel to the last one kept. */
export function pathOf(points: [number, number][], close: boolean): string {
	const kept: [number, number][] = [];
	for (const [x, y] of points) {
		const last = kept[kept.length - 1];
		if (!last || Math.abs(x - last[0]) >= 0.5 || Math.abs(y - last[1]) >= 0.5) kept.push([x, y]);
	}
	if (kept.length < (close ? 3 : 2)) return '';
	return 'M' + kept.map(([x, y]) => `${round1(x)} ${round1(y)}`).join('L') + (close ? 'Z' : '');
}
