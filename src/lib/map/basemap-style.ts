// The offline basemap as a MapLibre style: land, borders and water from static/basemap/ (clipped by
// `npm run basemap`), town labels from the gazetteer, glyphs drawn from a font file that ships with the site.
import type { StyleSpecification } from 'maplibre-gl';
import { heldLabel } from './held-by';

/**
 * Country names, placed inside each country within the map's region (not at their centroids, which
 * for Iran and Türkiye lie far outside it).
 */
export const COUNTRY_LABELS: { name: string; lon: number; lat: number }[] = [
	{ name: 'Armenia', lon: 44.75, lat: 40.75 },
	{ name: 'Azerbaijan', lon: 46.95, lat: 40.8 },
	{ name: 'Georgia', lon: 44.4, lat: 41.75 },
	{ name: 'Iran', lon: 46.6, lat: 38.35 },
	{ name: 'Türkiye', lon: 43.1, lat: 39.95 }
];

export interface BasemapOptions {
	/** Absolute URL of the folder holding land.geojson and borders.geojson. */
	basemapUrl: string;
	/** Absolute URL of the town-label GeoJSON (prerendered from the gazetteer). */
	placesUrl: string;
	/** Absolute URLs of the Noto Sans font files (latin, latin-ext). */
	fonts: { latin: string; latinExt: string };
	/** Dark palette for prefers-color-scheme: dark. */
	dark?: boolean;
	/** The date (ms) contested places' labels say who holds them at; later `map.setGlobalStateProperty('date', ms)`. */
	date?: number;
}

/** The font name symbol layers ask for; `font-faces` maps it to the shipped files. */
export const LABEL_FONT = 'Noto Sans Regular';

const light = {
	water: '#a9cce3',
	land: '#f4f1ea',
	home: '#fbfaf6',
	border: '#6b5b73',
	text: '#2b2b2b',
	halo: '#ffffff',
	lakeText: '#1d4e72'
};
const dark = {
	water: '#0f2a3d',
	land: '#2a2c2e',
	home: '#33363a',
	border: '#b9a6c4',
	text: '#ececec',
	halo: '#111111',
	lakeText: '#9cc7e6'
};

/**
 * Builds the basemap style.
 *
 * @example
 * new maplibregl.Map({ container, style: basemapStyle({ basemapUrl, placesUrl, fonts }) });
 */
export function basemapStyle({ basemapUrl, placesUrl, fonts, dark: isDark = false, date = Date.now() }: BasemapOptions): StyleSpecification {
	const c = isDark ? dark : light;
	return {
		version: 8,
		name: 'Border region (offline)',
		state: { date: { default: date } },
		'font-faces': {
			[LABEL_FONT]: [
				{ url: fonts.latin, 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'] },
				{ url: fonts.latinExt, 'unicode-range': ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2C60-2C7F', 'U+A720-A7FF'] }
			]
		},
		sources: {
			land: {
				type: 'geojson',
				data: `${basemapUrl}/land.geojson`,
				attribution:
					'<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">© OpenStreetMap contributors</a> (ODbL), via geo-maps'
			},
			borders: { type: 'geojson', data: `${basemapUrl}/borders.geojson` },
			places: { type: 'geojson', data: placesUrl },
			countries: {
				type: 'geojson',
				data: { type: 'FeatureCollection', features: COUNTRY_LABELS.map((l) => ({ type: 'Feature', properties: { name: l.name }, geometry: { type: 'Point', coordinates: [l.lon, l.lat] } })) }
			}
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': c.water } },
			{
				id: 'country-fill',
				type: 'fill',
				source: 'land',
				paint: { 'fill-color': ['match', ['get', 'A3'], ['ARM', 'AZE'], c.home, c.land], 'fill-antialias': true }
			},
			{
				id: 'country-border',
				type: 'line',
				source: 'borders',
				paint: { 'line-color': c.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 1.8], 'line-opacity': 0.9 }
			},
			{
				id: 'country-label',
				type: 'symbol',
				source: 'countries',
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [LABEL_FONT],
					'text-size': ['interpolate', ['linear'], ['zoom'], 5, 13, 9, 18],
					'text-transform': 'uppercase',
					'text-letter-spacing': 0.25,
					'text-padding': 20
				},
				paint: { 'text-color': c.border, 'text-opacity': 0.75, 'text-halo-color': c.halo, 'text-halo-width': 1.5 }
			},
			{
				id: 'region-label',
				type: 'symbol',
				source: 'places',
				filter: ['==', ['get', 'kind'], 'region'],
				layout: { 'text-field': heldLabel(), 'text-font': [LABEL_FONT], 'text-size': 13, 'text-letter-spacing': 0.08, 'text-max-width': 14 },
				paint: { 'text-color': c.border, 'text-halo-color': c.halo, 'text-halo-width': 1.5 }
			},
			{
				id: 'water-label',
				type: 'symbol',
				source: 'places',
				filter: ['==', ['get', 'kind'], 'lake'],
				layout: { 'text-field': ['get', 'label'], 'text-font': [LABEL_FONT], 'text-size': 12, 'text-letter-spacing': 0.05 },
				paint: { 'text-color': c.lakeText, 'text-halo-color': c.water, 'text-halo-width': 1 }
			},
			{
				id: 'town-dot',
				type: 'circle',
				source: 'places',
				filter: ['all', ['==', ['get', 'kind'], 'settlement'], ['<=', ['get', 'rank'], ['step', ['zoom'], 2, 7, 3, 9, 4]]],
				paint: { 'circle-radius': ['match', ['get', 'rank'], 1, 4, 2, 3, 2], 'circle-color': c.text, 'circle-stroke-color': c.halo, 'circle-stroke-width': 1 }
			},
			{
				id: 'town-label',
				type: 'symbol',
				source: 'places',
				filter: ['all', ['==', ['get', 'kind'], 'settlement'], ['<=', ['get', 'rank'], ['step', ['zoom'], 2, 7, 3, 9, 4]]],
				layout: {
					'text-field': heldLabel(),
					'text-font': [LABEL_FONT],
					'text-size': ['match', ['get', 'rank'], 1, 15, 2, 13, 11],
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					// Clear of an incident marker drawn on the town (markers ignore placement): the name sits beside it, not under it.
					'text-radial-offset': 1.25,
					'symbol-sort-key': ['get', 'rank']
				},
				paint: { 'text-color': c.text, 'text-halo-color': c.halo, 'text-halo-width': 1.5 }
			}
		]
	};
}
