// Passages of an article that feed incidents, and the nesting that lets the reader mark each one.
import type { IncidentFeature, Passage, Span } from '$lib/types';

/** The fragment id of a passage in the source reader: `p-<start>-<end>`. */
export function passageAnchor(span: Span): string {
	return `p-${span.start}-${span.end}`;
}

/** The reader URL of a passage. */
export function passageHref(source: string, span: Span): string {
	return `/sources/${encodeURIComponent(source)}#${passageAnchor(span)}`;
}

/**
 * Every span of one article quoted by a claim or a source of an incident, merged by span, sorted by
 * start (then longest first), each with the incidents it feeds.
 *
 * @example
 * passagesOf('002_8cf…', incidents) // [{ start: 1021, end: 1185, incidents: [{ id: '2022-09-13-goris…', title }] }]
 */
export function passagesOf(articleId: string, incidents: IncidentFeature[]): Passage[] {
	const by = new Map<string, Passage>();
	for (const { properties: p } of incidents) {
		for (const ref of [...p.claims, ...p.sources]) {
			if (ref.source !== articleId) continue;
			const key = passageAnchor(ref);
			const passage = by.get(key) ?? { start: ref.start, end: ref.end, incidents: [] };
			if (!passage.incidents.some((i) => i.id === p.id)) passage.incidents.push({ id: p.id, title: p.title });
			by.set(key, passage);
		}
	}
	return [...by.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A piece of the article: plain text, or a passage holding its own pieces. */
export type Piece = { text: string } | { passage: Passage; pieces: Piece[] };

/**
 * Cuts an article into text and (nested) passages, so that each passage element holds exactly
 * `text.slice(start, end)`. A passage that crosses the end of an enclosing one (quotes never do
 * when they are sentences) is cut at that end, so the markup stays well nested.
 *
 * @example
 * segment('ab cd', [{ start: 3, end: 5, incidents: [] }]) // [{ text: 'ab ' }, { passage, pieces: [{ text: 'cd' }] }]
 */
export function segment(text: string, passages: Passage[], from = 0, to = text.length): Piece[] {
	const sorted = passages
		.filter((p) => p.start >= from && p.start < to && p.end > p.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const pieces: Piece[] = [];
	let at = from;
	let i = 0;
	while (i < sorted.length) {
		const outer = sorted[i];
		if (outer.start < at) {
			i++;
			continue;
		}
		const end = Math.min(outer.end, to);
		if (outer.start > at) pieces.push({ text: text.slice(at, outer.start) });
		const inner = sorted.slice(i + 1).filter((p) => p.start < end);
		pieces.push({ passage: outer, pieces: segment(text, inner, outer.start, end) });
		at = end;
		i++;
	}
	if (at < to) pieces.push({ text: text.slice(at, to) });
	return pieces;
}
