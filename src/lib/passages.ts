// Passages of an article that feed incidents and episodes, and the nesting that lets the reader mark each one.
import type { LinkedPassage } from '$lib/site-types';
import type { Episode, IncidentFeature, Passage, Span } from '$lib/types';

/** The fragment id of a passage in the source reader: `p-<start>-<end>`. */
export function passageAnchor(span: Span): string {
	return `p-${span.start}-${span.end}`;
}

/** The reader URL of a passage. */
export function passageHref(source: string, span: Span): string {
	return `/sources/${encodeURIComponent(source)}#${passageAnchor(span)}`;
}

/**
 * Every span of one article quoted by a claim or a source of an incident, or by an episode (claims
 * that name no site, reactions, each account's first report and casualty figures), merged by span,
 * sorted by start (then longest first), each with the pages it feeds.
 *
 * @example
 * passagesOf('002_8cf…', incidents, episodes) // [{ start: 1021, end: 1185, incidents: [{ id: '2022-09-13-goris', title, url: '/incidents/2022-09-13-goris' }] }]
 */
export function passagesOf(articleId: string, incidents: IncidentFeature[], episodes: Episode[] = []): LinkedPassage[] {
	const by = new Map<string, LinkedPassage>();
	const add = (ref: Span & { source: string }, page: { id: string; title: string; url: string }) => {
		if (ref.source !== articleId) return;
		const key = passageAnchor(ref);
		const passage = by.get(key) ?? { start: ref.start, end: ref.end, incidents: [] };
		if (!passage.incidents.some((i) => i.url === page.url)) passage.incidents.push(page);
		by.set(key, passage);
	};
	for (const { properties: p } of incidents) for (const ref of [...p.claims, ...p.sources]) add(ref, { id: p.id, title: p.title, url: p.url });
	for (const e of episodes) {
		const page = { id: e.id, title: e.title, url: e.url };
		const refs = [...e.unplaced_claims, ...e.reactions, ...e.accounts.flatMap((a) => [...(a.first_report ? [a.first_report] : []), ...a.casualties])];
		for (const ref of refs) add(ref, page);
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
