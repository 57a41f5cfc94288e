// Words for the explorer's codes, shared by the filters, the list and the panel.
import type { AccusedFilter, Claimant, PlacePrecision } from '$lib/types';

export const CLAIMANT_LABELS: Record<Claimant, string> = {
	AM: 'Armenian side',
	AZ: 'Azerbaijani side',
	'third-party': 'Third party',
	media: 'Media'
};

export const ACCUSED_FILTER_LABELS: Record<AccusedFilter, string> = {
	AM: 'Armenian side',
	AZ: 'Azerbaijani side',
	none: 'No side accused'
};

/** How a site relates to its named place, as a prefix: "near Goris". */
export const PRECISION_WORDS: Record<PlacePrecision, string> = {
	exact: 'at',
	near: 'near',
	direction: 'in the direction of',
	area: 'in the area of'
};

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
