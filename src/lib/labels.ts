// Words for the data's codes, shared by the explorer (filters, list, panel) and the pages.
import type { AccusedFilter, Claimant, Fatalities, PlacePrecision, Side } from '$lib/types';

/** The order in which claimants stand side by side: the two sides, then third parties and the media. */
export const CLAIMANT_ORDER: readonly Claimant[] = ['AM', 'AZ', 'third-party', 'media'];

/** A side as the subject of a sentence: "Azerbaijan denies this". */
export const SIDE_NAMES: Record<Side, string> = { AM: 'Armenia', AZ: 'Azerbaijan' };

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

/** Claimants in the order they stand side by side. */
export const byClaimantOrder = (a: Claimant, b: Claimant) => CLAIMANT_ORDER.indexOf(a) - CLAIMANT_ORDER.indexOf(b);

/**
 * Deaths per side as reported, one entry per side with a figure: "49" or "49–105" (lowest to highest
 * figure the claims give). Whose dead they are, not who reports them.
 *
 * @example
 * fatalityFigures({ AM: 49, AZ: null, unspecified: null }, { AM: 105, AZ: null, unspecified: null }) // [{ key: 'AM', label: 'Armenian side', text: '49–105' }]
 */
export function fatalityFigures(min: Fatalities, max: Fatalities): { key: keyof Fatalities; label: string; text: string }[] {
	const labels: Record<keyof Fatalities, string> = { AM: 'Armenian side', AZ: 'Azerbaijani side', unspecified: 'Side not stated' };
	return (['AM', 'AZ', 'unspecified'] as const).flatMap((key) => {
		const [lo, hi] = [min[key], max[key]];
		if (lo === null && hi === null) return [];
		const text = lo === null || hi === null || lo === hi ? String(lo ?? hi) : `${lo}–${hi}`;
		return [{ key, label: labels[key], text }];
	});
}

/**
 * A quote in curly quotation marks, unless it already opens with one (quotes are stored as written).
 *
 * @example
 * quoted('“Fire,” he said.') // '“Fire,” he said.'
 */
export const quoted = (text: string) => (/^["“«„]/.test(text) ? text : `“${text}”`);
