// Keyboard route through the incidents on the map (issue 11, item 10): which markers a key steps
// through, in which order, and what a screen reader hears. Pure: MapKeys.svelte does the focus.
import type { ExplorerIncident } from '$lib/types';

/**
 * The incidents with a marker inside `bounds` ([west, south, east, north]), west to east (then north
 * to south), the order arrow keys follow. Area incidents have no marker: the list reaches them.
 *
 * @example
 * markersInView(incidents, [44, 38.5, 47, 41]).map((i) => i.id) // ['2022-09-13-jermuk', '2022-09-13-goris', …]
 */
export function markersInView(incidents: readonly ExplorerIncident[], bounds: [number, number, number, number] | null): ExplorerIncident[] {
	const [w, s, e, n] = bounds ?? [-180, -90, 180, 90];
	return incidents
		.filter((i) => i.site[0] !== null && i.site[1] !== null && i.site[0] >= w && i.site[0] <= e && i.site[1] >= s && i.site[1] <= n)
		.sort((a, b) => a.site[0]! - b.site[0]! || b.site[1]! - a.site[1]! || a.t0 - b.t0 || a.id.localeCompare(b.id));
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The index a key moves to among `count` markers, wrapping around; null for a key that does not step.
 *
 * @example
 * stepIndex({ index: 4, key: 'ArrowRight', count: 5 }) // 0
 */
export function stepIndex({ index, key, count }: { index: number; key: string; count: number }): number | null {
	if (count === 0) return null;
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	if (!(key in STEPS)) return null;
	if (index < 0) return STEPS[key] > 0 ? 0 : count - 1;
	return (index + STEPS[key] + count) % count;
}
