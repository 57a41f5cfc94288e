// Typed, Symbol-keyed context through which children of <Map> reach the MapLibre map.
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const key = Symbol('MapLibre map context');

export interface MapContext {
	/** The map, once created; children render only after that. */
	readonly map: MapLibreMap | undefined;
	/** True once the style and its sources have loaded. */
	readonly loaded: boolean;
}

export function setMapContext(context: MapContext): void {
	setContext(key, context);
}

export function getMapContext(): MapContext {
	const context = getContext<MapContext | undefined>(key);
	if (!context) throw new Error('getMapContext() must be called inside <Map>.');
	return context;
}
