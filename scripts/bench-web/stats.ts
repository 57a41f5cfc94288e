// Summaries of benchmark samples.

/** The p-th percentile (0–100) of the samples, nearest rank; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
	if (!samples.length) return NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** a / b, or NaN when either is missing. */
export const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || !b ? NaN : a / b);
