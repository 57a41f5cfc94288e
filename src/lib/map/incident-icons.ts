// Marker images for every kind × accused side, drawn on a canvas at runtime and added with
// map.addImage (https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#addimage): no sprite files.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IncidentType } from '$lib/types';
import { ACCUSED_COLOURS, HALO_ICON, HIGHLIGHT, OUTLINE, TYPE_SHAPES, iconId, type AccusedKey } from './incident-style';

const RATIO = 2; // drawn at twice the display size, for sharp icons on high-density screens
const BOX = 28; // 24-unit shape plus room for the outline

function canvas(size: number) {
	const c = document.createElement('canvas');
	c.width = c.height = size * RATIO;
	const ctx = c.getContext('2d')!;
	ctx.scale(RATIO, RATIO);
	return { c, ctx };
}

function drawMarker(type: IncidentType, key: AccusedKey, dark: boolean): ImageData {
	const { c, ctx } = canvas(BOX);
	ctx.translate(2, 2);
	const path = new Path2D(TYPE_SHAPES[type]);
	ctx.lineJoin = 'round';
	ctx.lineWidth = 3;
	ctx.strokeStyle = dark ? OUTLINE.dark : OUTLINE.light;
	ctx.stroke(path);
	if (key === 'both') {
		// Split down the middle: Armenian-accused colour left, Azerbaijani-accused colour right.
		for (const [x, colour] of [[0, ACCUSED_COLOURS.am], [12, ACCUSED_COLOURS.az]] as const) {
			ctx.save();
			ctx.beginPath();
			ctx.rect(x, 0, 12, 24);
			ctx.clip();
			ctx.fillStyle = colour;
			ctx.fill(path);
			ctx.restore();
		}
	} else {
		ctx.fillStyle = ACCUSED_COLOURS[key];
		ctx.fill(path);
	}
	ctx.lineWidth = 1;
	ctx.strokeStyle = dark ? 'rgba(255,255,255,0.7)' : 'rgba(0,0,0,0.55)';
	ctx.stroke(path);
	return ctx.getImageData(0, 0, c.width, c.height);
}

function drawHalo(dark: boolean): ImageData {
	const size = 40;
	const { c, ctx } = canvas(size);
	ctx.beginPath();
	ctx.arc(size / 2, size / 2, 16, 0, Math.PI * 2);
	ctx.lineWidth = 5;
	ctx.strokeStyle = dark ? OUTLINE.dark : OUTLINE.light;
	ctx.stroke();
	ctx.lineWidth = 3;
	ctx.strokeStyle = dark ? HIGHLIGHT.dark : HIGHLIGHT.light;
	ctx.stroke();
	return ctx.getImageData(0, 0, c.width, c.height);
}

/** Adds (once) the marker and highlight images the incident layers ask for. */
export function addIncidentIcons(map: MapLibreMap, dark: boolean): void {
	const keys: AccusedKey[] = ['am', 'az', 'both', 'none'];
	for (const type of Object.keys(TYPE_SHAPES) as IncidentType[]) {
		for (const key of keys) {
			const id = iconId(type, key);
			if (!map.hasImage(id)) map.addImage(id, drawMarker(type, key, dark), { pixelRatio: RATIO });
		}
	}
	if (!map.hasImage(HALO_ICON)) map.addImage(HALO_ICON, drawHalo(dark), { pixelRatio: RATIO });
}
