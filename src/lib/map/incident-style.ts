// How an incident looks: shape by kind, colour by the side accused. One source of truth for the map
// icons (drawn on a canvas at runtime) and the legend (drawn as SVG).
// Colours are from the Okabe–Ito palette (https://jfly.uni-koeln.de/color/), told apart by readers
// with all common colour-vision deficiencies; the shape is a second cue, and "both" is a split icon.
import type { ExplorerIncident, IncidentType } from '$lib/types';

export type AccusedKey = 'am' | 'az' | 'both' | 'none';

export const ACCUSED_COLOURS: Record<Exclude<AccusedKey, 'both'>, string> = {
	am: '#0072B2', // blue
	az: '#D55E00', // vermillion
	none: '#7A7A7A' // neutral grey
};

export const ACCUSED_LABELS: Record<AccusedKey, string> = {
	am: 'Armenian side accused',
	az: 'Azerbaijani side accused',
	both: 'Both sides accused',
	none: 'No side accused'
};

/** SVG path data in a 24×24 box centred on (12, 12); Path2D draws the same strings on canvas. */
export const TYPE_SHAPES: Record<IncidentType, string> = {
	shelling: 'M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18Z', // circle
	'drone strike': 'M2.5 4.5H21.5L12 21Z', // triangle pointing down: from the air
	'armed clash': 'M12 1.5L22.5 12L12 22.5L1.5 12Z', // diamond
	sabotage: 'M3.5 7L7 3.5L12 8.5L17 3.5L20.5 7L15.5 12L20.5 17L17 20.5L12 15.5L7 20.5L3.5 17L8.5 12Z', // X
	ceasefire: 'M4 4H20V20H4Z', // square
	casualties: 'M8.5 2.5H15.5V8.5H21.5V15.5H15.5V21.5H8.5V15.5H2.5V8.5H8.5Z', // plus
	'territorial control': 'M12 2L22 9.5L18.5 21.5H5.5L2 9.5Z', // pentagon
	other: 'M7 3H17L22 12L17 21H7L2 12Z' // hexagon
};

/** Stable, URL-safe slug of a kind, for image ids. */
export const typeSlug = (type: IncidentType) => type.replace(/\s+/g, '-');

export function accusedKey(accused: ExplorerIncident['accused']): AccusedKey {
	if (accused.includes('AM') && accused.includes('AZ')) return 'both';
	if (accused.includes('AM')) return 'am';
	if (accused.includes('AZ')) return 'az';
	return 'none';
}

/** The map image id of an incident's marker. */
export const iconId = (type: IncidentType, key: AccusedKey) => `incident-${typeSlug(type)}-${key}`;
export const HALO_ICON = 'incident-halo';

/** Outline and highlight colours, per colour scheme. */
export const OUTLINE = { light: '#ffffff', dark: '#111111' };
export const HIGHLIGHT = { light: '#111111', dark: '#ffffff' };
