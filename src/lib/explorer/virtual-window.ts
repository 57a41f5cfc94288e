// Windowing of the incident list (issue 13): which rows of a long list of fixed-height rows to
// render for a scroll position, so that 100,000 incidents mean a few dozen buttons in the DOM.

export interface Viewport {
	/** The scroll container's scrollTop and clientHeight, in pixels. */
	scrollTop: number;
	height: number;
	rowHeight: number;
	count: number;
	/** Rows rendered beyond each edge, so that fast scrolling and arrow keys find rows ready. */
	overscan?: number;
}

/**
 * The rows to render: [start, end), clamped to the list.
 *
 * @example
 * visibleRange({ scrollTop: 520, height: 400, rowHeight: 52, count: 100000, overscan: 5 }) // { start: 5, end: 23 }
 */
export function visibleRange({ scrollTop, height, rowHeight, count, overscan = 8 }: Viewport): { start: number; end: number } {
	if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
	const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
	const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, height)) / rowHeight);
	return { start: Math.max(0, Math.min(count, first - overscan)), end: Math.max(0, Math.min(count, last + overscan)) };
}

/**
 * The scrollTop that brings row `index` fully into view, moving as little as possible; the current one
 * when it already is.
 *
 * @example
 * scrollToShow({ index: 40, scrollTop: 0, height: 400, rowHeight: 52 }) // 1732
 */
export function scrollToShow({ index, scrollTop, height, rowHeight }: { index: number; scrollTop: number; height: number; rowHeight: number }): number {
	const top = index * rowHeight;
	if (top < scrollTop) return top;
	if (top + rowHeight > scrollTop + height) return Math.max(0, top + rowHeight - height);
	return scrollTop;
}
