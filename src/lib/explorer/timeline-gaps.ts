// The timeline's x scale with long empty stretches squeezed to a narrow break, so that one incident in
// 2021 does not press September 2022 against the edge (issue 11, item 11). Pure: Timeline.svelte draws it.

export interface Segment {
	t0: number;
	t1: number;
	/** A stretch without incidents, drawn narrow and marked as a break. */
	gap: boolean;
	/** Pixel extent on the axis. */
	x0: number;
	x1: number;
}

export interface GapScale {
	segments: Segment[];
	/** Time → pixels. */
	x: (t: number) => number;
	/** Pixels → time. */
	t: (px: number) => number;
	/** Time shown at full scale (gaps left out): what bins and ticks are sized for. */
	dense: number;
}

/**
 * A piecewise-linear scale over [start, end]: stretches with no incident span, longer than `minGap`
 * of the whole, take `gapPx` pixels each; the rest share the width in proportion to their length.
 *
 * @example
 * const s = gapScale({ spans: [[0, 1], [99, 100]], start: 0, end: 100, width: 500 });
 * s.segments.map((g) => g.gap) // [false, true, false]
 */
export function gapScale({ spans, start, end, width, minGap = 0.2, gapPx = 24, pad = 0.01 }: {
	spans: readonly (readonly [number, number])[];
	start: number;
	end: number;
	width: number;
	/** Shortest stretch squeezed, as a fraction of end − start. */
	minGap?: number;
	gapPx?: number;
	/** Room kept around each incident, as a fraction of end − start. */
	pad?: number;
}): GapScale {
	const total = Math.max(1, end - start);
	const margin = total * pad;
	// Occupied stretches: incident spans with a margin, merged, clipped to the view.
	const busy: [number, number][] = [];
	for (const [a, b] of [...spans].map(([a, b]) => [Math.max(start, a - margin), Math.min(end, Math.max(a, b) + margin)] as [number, number]).filter(([a, b]) => b > a).sort((p, q) => p[0] - q[0])) {
		const last = busy[busy.length - 1];
		if (last && a <= last[1]) last[1] = Math.max(last[1], b);
		else busy.push([a, b]);
	}
	const raw: { t0: number; t1: number; gap: boolean }[] = [];
	let cursor = start;
	for (const [a, b] of busy) {
		if (a - cursor > total * minGap) raw.push({ t0: cursor, t1: a, gap: true });
		else if (a > cursor) raw.push({ t0: cursor, t1: a, gap: false });
		raw.push({ t0: a, t1: b, gap: false });
		cursor = b;
	}
	if (end - cursor > total * minGap && busy.length) raw.push({ t0: cursor, t1: end, gap: true });
	else if (end > cursor) raw.push({ t0: cursor, t1: end, gap: false });
	// Neighbouring full-scale pieces become one.
	const merged: typeof raw = [];
	for (const s of raw) {
		const last = merged[merged.length - 1];
		if (last && !last.gap && !s.gap) last.t1 = s.t1;
		else merged.push({ ...s });
	}
	const gaps = merged.filter((s) => s.gap).length;
	const gapWidth = Math.min(gapPx, width / (4 * Math.max(1, gaps)));
	const dense = merged.filter((s) => !s.gap).reduce((n, s) => n + s.t1 - s.t0, 0) || total;
	const perMs = (width - gaps * gapWidth) / dense;
	const segments: Segment[] = [];
	let px = 0;
	for (const s of merged) {
		const w = s.gap ? gapWidth : (s.t1 - s.t0) * perMs;
		segments.push({ ...s, x0: px, x1: px + w });
		px += w;
	}
	const find = (key: 't1' | 'x1', v: number) => segments.find((s) => v < s[key]) ?? segments[segments.length - 1];
	const x = (t: number) => {
		if (!segments.length) return ((t - start) / total) * width;
		if (t <= start) return ((t - start) / total) * width;
		if (t >= end) return width + ((t - end) / total) * width;
		const s = find('t1', t);
		return s.x0 + ((t - s.t0) / (s.t1 - s.t0 || 1)) * (s.x1 - s.x0);
	};
	const t = (p: number) => {
		if (!segments.length || p <= 0) return start + (p / width) * total;
		if (p >= width) return end + ((p - width) / width) * total;
		const s = find('x1', p);
		return s.t0 + ((p - s.x0) / (s.x1 - s.x0 || 1)) * (s.t1 - s.t0);
	};
	return { segments, x, t, dense };
}
