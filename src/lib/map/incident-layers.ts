// Layer specifications of the incident map (https://maplibre.org/maplibre-style-spec/layers/):
// precision rings on the place, a highlight halo, and the markers, in that order.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { PlacePrecision } from '$lib/types';
import { ACCUSED_COLOURS, HALO_ICON, HIGHLIGHT, OUTLINE } from './incident-style';

export const INCIDENT_SOURCE = 'incidents';
export const LAYERS = { rings: 'incident-precision', halo: 'incident-highlight', markers: 'incident-marker' } as const;

/** How far from the named place an incident may be, by precision, in metres. */
export const PRECISION_METRES: Record<Exclude<PlacePrecision, 'exact'>, number> = { near: 3000, direction: 7000, area: 15000 };
/** The smallest ring in pixels, so that a ring always shows around the marker(s) at low zoom. */
const MIN_PIXELS: Record<Exclude<PlacePrecision, 'exact'>, number> = { near: 17, direction: 23, area: 30 };

// Metres per pixel at zoom z near latitude 40°: 40,075,016 m · cos 40° / (512 · 2^z) ≈ 59,960 / 2^z.
const metresPerPixel = (z: number) => 59_960 / 2 ** z;

/** circle-radius: the precision's distance at this zoom, never below its minimum. */
function ringRadius(): ExpressionSpecification {
	const stops: (number | ExpressionSpecification)[] = [];
	for (let z = 5; z <= 14; z++) {
		const px = (p: keyof typeof PRECISION_METRES) => Math.max(MIN_PIXELS[p], PRECISION_METRES[p] / metresPerPixel(z));
		stops.push(z, ['match', ['get', 'precision'], 'near', px('near'), 'direction', px('direction'), px('area')]);
	}
	return ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
}

const active: ExpressionSpecification = ['any', ['boolean', ['feature-state', 'selected'], false], ['boolean', ['feature-state', 'hover'], false]];

/**
 * From this many point incidents on, markers are drawn as circles (coloured by side, without the shape
 * of their kind): symbol layers of icons stop drawing at about 30,000 markers in a tile (issue 13).
 */
export const DENSE_MARKERS = 20_000;

/**
 * The incident layers; `dense` draws markers and their highlight as circles (see DENSE_MARKERS).
 *
 * @example
 * for (const layer of incidentLayers(dark, points > DENSE_MARKERS)) map.addLayer(layer);
 */
export function incidentLayers(dark: boolean, dense = false): LayerSpecification[] {
	const both = dark ? '#C9A3D9' : '#7B4F8F';
	const colour: ExpressionSpecification = ['match', ['get', 'accused'], 'am', ACCUSED_COLOURS.am, 'az', ACCUSED_COLOURS.az, 'both', both, ACCUSED_COLOURS.none];
	const rings: LayerSpecification = {
		id: LAYERS.rings,
		type: 'circle',
		source: INCIDENT_SOURCE,
		paint: {
			'circle-radius': ringRadius(),
			'circle-color': colour,
			'circle-opacity': ['case', active, 0.22, ['==', ['get', 'precision'], 'area'], 0.1, 0.05],
			'circle-stroke-color': colour,
			'circle-stroke-width': ['case', active, 3, ['==', ['get', 'precision'], 'area'], 2.5, 1.5],
			'circle-stroke-opacity': ['case', active, 1, 0.6],
			'circle-pitch-alignment': 'map'
		}
	};
	if (dense) {
		// Circles sit on the place itself: circle-translate cannot vary by feature, so there is no spread.
		return [
			rings,
			{
				id: LAYERS.halo,
				type: 'circle',
				source: INCIDENT_SOURCE,
				paint: { 'circle-radius': 9, 'circle-opacity': 0, 'circle-stroke-width': 3, 'circle-stroke-color': HIGHLIGHT[dark ? 'dark' : 'light'], 'circle-stroke-opacity': ['case', active, 1, 0] }
			},
			{
				id: LAYERS.markers,
				type: 'circle',
				source: INCIDENT_SOURCE,
				paint: { 'circle-radius': 4.5, 'circle-color': colour, 'circle-stroke-width': 1, 'circle-stroke-color': OUTLINE[dark ? 'dark' : 'light'] }
			}
		];
	}
	return [
		rings,
		{
			id: LAYERS.halo,
			type: 'symbol',
			source: INCIDENT_SOURCE,
			layout: { 'icon-image': HALO_ICON, 'icon-offset': ['get', 'offset'], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
			paint: { 'icon-opacity': ['case', active, 1, 0] }
		},
		{
			id: LAYERS.markers,
			type: 'symbol',
			source: INCIDENT_SOURCE,
			layout: {
				'icon-image': ['get', 'icon'],
				'icon-offset': ['get', 'offset'],
				'icon-allow-overlap': true,
				'icon-ignore-placement': true,
				'symbol-sort-key': ['get', 't0']
			}
		}
	];
}

/**
 * The layer with the explorer's filter added to its own (the rings' `precision != exact`).
 *
 * @example
 * map.addLayer(withFilter(layer, incidentFilter(filters, options)));
 */
export function withFilter(layer: LayerSpecification, filter: FilterSpecification | null): LayerSpecification {
	const combined = layerFilter(layer.id, filter);
	return combined ? ({ ...layer, filter: combined } as LayerSpecification) : layer;
}

/** The filter of one incident layer: its own and the explorer's, both when both are set. */
export function layerFilter(id: string, filter: FilterSpecification | null): FilterSpecification | null {
	const own = BASE_FILTERS[id];
	return own && filter ? (['all', own, filter] as FilterSpecification) : (own ?? filter);
}

/** The filters the layers have of their own. */
const BASE_FILTERS: Record<string, FilterSpecification> = { [LAYERS.rings]: ['!=', ['get', 'precision'], 'exact'] };
