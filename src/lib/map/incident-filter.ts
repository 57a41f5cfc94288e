// The explorer's filters as a MapLibre filter expression (https://maplibre.org/maplibre-style-spec/expressions/),
// so that a filter change restyles the incident layers (setFilter) instead of rebuilding their source
// with setData. It reads the numeric properties incidentFeatures() gives every feature.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { ExplorerFilters } from '$lib/types';
import { ACCUSED_BITS, CLAIMANT_BITS } from '$lib/explorer/index-codec';

/** Every side mask (claimant bits 0–3, accused bits 4–5) that passes the side filters. */
export function sideMasks({ claimant, accused }: Pick<ExplorerFilters, 'claimant' | 'accused'>): number[] {
	const masks: number[] = [];
	for (let m = 0; m < 64; m++) {
		if (claimant.length && !claimant.some((c) => m & CLAIMANT_BITS[c])) continue;
		const any = m & (ACCUSED_BITS.AM | ACCUSED_BITS.AZ);
		if (accused.length && !(any ? accused.some((a) => a !== 'none' && m & ACCUSED_BITS[a]) : accused.includes('none'))) continue;
		masks.push(m);
	}
	return masks;
}

/** An expression that is true when the number property `key` is one of `values`. */
function oneOf(key: string, values: readonly (number | string)[]): ExpressionSpecification | false {
	if (!values.length) return false;
	return ['match', ['get', key], [...values] as number[], true, false] as ExpressionSpecification;
}

export interface FilterOptions {
	/** Episode id → its number in the features' `e` property (-1 for an episode not in the data). */
	episodes: ReadonlyMap<string, number>;
	/**
	 * Row numbers (the features' `n`) of the incidents that pass the filters a style expression cannot
	 * state (source, free text), or null when none of those is set.
	 */
	rows: readonly number[] | null;
}

/**
 * The layer filter of the explorer's incident layers: time overlap, sides, kinds and episode as
 * expressions on the feature's numbers; source and text through the row numbers that pass them.
 * Null when nothing is filtered.
 *
 * @example
 * map.setFilter('incident-marker', incidentFilter(filters, { episodes, rows: null }));
 */
export function incidentFilter(filters: ExplorerFilters, { episodes, rows }: FilterOptions): FilterSpecification | null {
	const all: (ExpressionSpecification | boolean)[] = [];
	if (filters.from !== null) all.push(['>=', ['get', 'u'], filters.from]);
	if (filters.to !== null) all.push(['<', ['get', 't0'], filters.to]);
	if (filters.claimant.length || filters.accused.length) all.push(oneOf('s', sideMasks(filters)));
	if (filters.type.length) all.push(oneOf('kind', filters.type));
	if (filters.episode !== null) all.push(['==', ['get', 'e'], episodes.get(filters.episode) ?? -2]);
	if (rows) all.push(oneOf('n', rows));
	if (!all.length) return null;
	if (all.includes(false)) return ['==', ['get', 'n'], -1] as FilterSpecification; // matches no feature
	return (all.length === 1 ? all[0] : ['all', ...all]) as FilterSpecification;
}
