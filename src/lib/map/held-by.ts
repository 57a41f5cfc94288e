// Who holds a contested place at the date the map shows (issue 12 of issue 11): the gazetteer's
// controlled_by periods flattened into label properties, read by a MapLibre expression against the
// style's global state `date` (https://maplibre.org/maplibre-style-spec/expressions/#global-state).
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification } from 'maplibre-gl';

/** How a holder reads on the map: the gazetteer's codes, said as the sources say them. */
export const HOLDER_NAMES: Record<string, string> = { AM: 'Armenia', AZ: 'Azerbaijan', NK: 'de facto Karabakh authorities' };

/** A period of control from the gazetteer (from/to: YYYY-MM-DD, null when open). */
export interface HeldPeriod {
	by: string;
	from: string | null;
	to: string | null;
}

/** Up to three periods: `h0`..`h2` the holder, `e0`..`e1` the end of a period (ms, UTC+4 midnight). */
export type HeldProperties = Partial<Record<'h0' | 'h1' | 'h2', string> & Record<'e0' | 'e1', number>>;

const dayMs = (d: string) => Date.parse(`${d}T00:00:00+04:00`);

/**
 * Label properties for a place's periods of control, in date order; empty for a place without any.
 *
 * @example
 * heldProperties([{ by: 'NK', from: null, to: '2020-11-20' }, { by: 'AZ', from: '2020-11-20', to: null }])
 * // { h0: 'NK', e0: 1605816000000, h1: 'AZ' }
 */
export function heldProperties(periods: readonly HeldPeriod[] | null | undefined): HeldProperties {
	if (!periods?.length) return {};
	const sorted = [...periods].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '')).slice(0, 3);
	const out: HeldProperties = {};
	sorted.forEach((p, i) => {
		out[`h${i}` as 'h0'] = p.by;
		if (i < 2 && p.to && i < sorted.length - 1) out[`e${i}` as 'e0'] = dayMs(p.to);
	});
	return out;
}

/** The holder code at `date` (ms), as the style expression below computes it (for tests and pages). */
export function holderAt(props: HeldProperties, date: number): string | null {
	if (!props.h0) return null;
	if (props.e0 === undefined || date < props.e0) return props.h0;
	if (props.e1 === undefined || date < props.e1) return props.h1 ?? null;
	return props.h2 ?? null;
}

const FAR = 8.64e15;
const date: ExpressionSpecification = ['to-number', ['global-state', 'date'], FAR];
const holder: ExpressionSpecification = [
	'case',
	['<', date, ['coalesce', ['get', 'e0'], FAR]], ['get', 'h0'],
	['<', date, ['coalesce', ['get', 'e1'], FAR]], ['coalesce', ['get', 'h1'], ''],
	['coalesce', ['get', 'h2'], '']
];
const holderName: ExpressionSpecification = ['match', holder, 'AM', HOLDER_NAMES.AM, 'AZ', HOLDER_NAMES.AZ, 'NK', HOLDER_NAMES.NK, ['to-string', holder]];

/** A label: the name (both names where they differ), and under it who holds the place at the map's date. */
export function heldLabel(): DataDrivenPropertyValueSpecification<string> {
	return [
		'case',
		['has', 'h0'],
		['format', ['get', 'label'], {}, '\nheld by ', { 'font-scale': 0.8 }, holderName, { 'font-scale': 0.8 }],
		['get', 'label']
	] as unknown as DataDrivenPropertyValueSpecification<string>;
}
