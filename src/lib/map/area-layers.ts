// Layer specifications of the area shapes (https://maplibre.org/maplibre-style-spec/layers/): the
// border as a line, a province or country as a filled polygon, drawn under the incident markers.
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';

export const AREA_SOURCE = 'areas';
export const AREA_LAYERS = { fill: 'area-fill', outline: 'area-outline', line: 'area-line' } as const;

export function areaLayers(dark: boolean): LayerSpecification[] {
	const colour = dark ? '#ff8a65' : '#b3261e';
	const isPolygon: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
	return [
		{ id: AREA_LAYERS.fill, type: 'fill', source: AREA_SOURCE, filter: isPolygon, paint: { 'fill-color': colour, 'fill-opacity': 0.14 } },
		{ id: AREA_LAYERS.outline, type: 'line', source: AREA_SOURCE, filter: isPolygon, paint: { 'line-color': colour, 'line-width': 2, 'line-dasharray': [2, 1] } },
		{
			id: AREA_LAYERS.line,
			type: 'line',
			source: AREA_SOURCE,
			filter: ['==', ['geometry-type'], 'LineString'],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': colour, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 3, 10, 6], 'line-opacity': 0.85 }
		}
	];
}
