// A small static map of some sites on the basemap, as SVG path data (Web Mercator, pixels): drawn
// at build time so incident and place pages show their map without JavaScript or tiles.
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { clipCountries, type BBox } from '$lib/basemap/clip';
import type { AreaFeature, AreaSiteMap } from '$lib/site-types';
import type { PlacePrecision, SiteMap } from '$lib/types';

export interface SiteMapOptions {
	/** Country polygons (static/basemap/land.geojson). */
	land: FeatureCollection<Polygon | MultiPolygon>;
	sites: { id: string; name: string; lat: number; lon: number; precision?: PlacePrecision }[];
	/** Area shapes (/data/areas.geojson) to frame and draw as lines or polygons. */
	shapes?: AreaFeature[];
	width: number;
	height: number;
	/** The smallest span shown, in degrees of longitude, so a single site keeps its surroundings. */
	minSpan?: number;
	/** Margin around the sites, in pixels. */
	padding?: number;
	/** Font size of the site names, in pixels, for placing them without overlaps. */
	labelSize?: number;
	/** [west, south, east, north] the basemap covers: outside it there is no data (not water). */
	region?: BBox;
}

const mercY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
const unmercY = (y: number) => (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90;

/** Every position of a shape's geometry. */
const positionsOf = (f: AreaFeature): Position[] =>
	f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat(2) : f.geometry.coordinates.flat(1);

/** The lines (or rings) of a shape's geometry. */
const partsOf = (f: AreaFeature): Position[][] =>
	f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat(1) : f.geometry.coordinates;

/**
 * Frames the sites and area shapes (with a margin) and projects the basemap clipped to that frame.
 *
 * @example
 * siteMap({ land, sites: [{ id: 'goris', name: 'Goris', lat: 39.51, lon: 46.34 }], width: 600, height: 360 })
 */
export function siteMap({ land, sites, shapes = [], width, height, minSpan = 1.2, padding = 36, labelSize = 14, region }: SiteMapOptions): AreaSiteMap {
	const framed = [...sites.map((s) => [s.lon, s.lat]), ...shapes.flatMap(positionsOf)];
	if (framed.length === 0) throw new Error('siteMap needs at least one site or shape.');
	const xs = framed.map((p) => p[0]);
	const ys = framed.map((p) => mercY(p[1]));
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

	const covered = region && [px([region[0], region[3]]), px([region[2], region[1]])];
	return {
		width,
		height,
		...(covered ? { region: covered.flat().map(round1) as [number, number, number, number] } : {}),
		bbox: bbox.map((v) => Math.round(v * 1e4) / 1e4) as SiteMap['bbox'],
		land: clipped.land.features.map((f) => ({
			a3: (f.properties as { A3: string | null }).A3,
			d: f.geometry.coordinates.flatMap((poly) => poly.map((ring) => pathOf(ring.map(px), true))).join('')
		})),
		borders: clipped.borders.features.flatMap((f) => f.geometry.coordinates.map((line) => pathOf(line.map(px), false))).join(''),
		areas: shapes.map((f) => ({
			id: f.properties.id,
			name: f.properties.name,
			shape: f.properties.shape,
			d: partsOf(f).map((part) => pathOf(part.map(px), f.properties.shape === 'polygon')).join('')
		})),
		sites: placeLabels(
			sites.map((s) => {
				const [x, y] = px([s.lon, s.lat]);
				return { id: s.id, name: s.name, x: round1(x), y: round1(y), precision: s.precision ?? 'exact', label: null };
			}),
			{ width, height, size: labelSize }
		)
	};
}

type Site = SiteMap['sites'][number];
type Box = [number, number, number, number];

const hit = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/**
 * Puts each name right, left, above or below its site, the first place where it overlaps no other
 * name or site and stays inside the map; a name with no room is left out (its site stays drawn).
 * Text width is estimated (0.56 em per character of Noto Sans), which is enough to keep names apart.
 */
export function placeLabels(sites: Site[], { width, height, size }: { width: number; height: number; size: number }): Site[] {
	const r = size * 0.8 + 4; // the dot or ring of a site, with room around it
	const taken: Box[] = sites.map((s) => [s.x - r, s.y - r, s.x + r, s.y + r]);
	// Precise sites are named first: an area's name matters least when room runs out.
	const order: Record<string, number> = { exact: 0, near: 1, direction: 2, area: 3 };
	const ranked = sites.map((s, i) => ({ s, i })).sort((a, b) => order[a.s.precision] - order[b.s.precision] || a.i - b.i);
	const placed: Site[] = [...sites];
	for (const { s, i } of ranked) placed[i] = placeOne(s);
	return placed;

	function placeOne(s: Site): Site {
		const w = s.name.length * size * 0.56;
		const h = size * 1.1;
		const gap = r + 1;
		const options: [Box, Site['label']][] = [
			[[s.x + gap, s.y - h / 2, s.x + gap + w, s.y + h / 2], { x: s.x + gap, y: s.y + size * 0.35, anchor: 'start' }],
			[[s.x - gap - w, s.y - h / 2, s.x - gap, s.y + h / 2], { x: s.x - gap, y: s.y + size * 0.35, anchor: 'end' }],
			[[s.x - w / 2, s.y - gap - h, s.x + w / 2, s.y - gap], { x: s.x, y: s.y - gap - size * 0.25, anchor: 'middle' }],
			[[s.x - w / 2, s.y + gap, s.x + w / 2, s.y + gap + h], { x: s.x, y: s.y + gap + size * 0.85, anchor: 'middle' }]
		];
		for (const [box, label] of options) {
			const inside = box[0] >= 2 && box[1] >= 2 && box[2] <= width - 2 && box[3] <= height - 2;
			if (inside && !taken.some((b) => hit(b, box))) {
				taken.push(box);
				return { ...s, label: label && { x: round1(label.x), y: round1(label.y), anchor: label.anchor } };
			}
		}
		return s;
	}
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
