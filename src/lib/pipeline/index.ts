// The pipeline, stage by stage: from article text to source-linked incidents. Pure: no I/O.
import type { Article, ExplorerIncident, Gazetteer, IncidentFeature, Mention, SourceMeta } from '../types';
import type { Actors } from './actors';
import { extractClaims, type ClaimDraft, type Rejected } from './claims'; // who says what, where, when
import { formatWhen, resolveWhen } from './dates'; // anchors for relative dates
import { toExplorerRow, toFeature } from './export'; // the public data export
import { indexGazetteer } from './gazetteer'; // name and alias index of the places
import { assignIds, type IdLedger } from './ids'; // readable, stable ids
import { groupIncidents, type IncidentDraft } from './incidents'; // claims of one event → one incident
import { findMentions } from './mentions'; // place names, aliases, misspellings
import { NOT_PLACE_WORDS } from './lexicon';
import { isDateLine, splitParagraphs, splitSentences } from './passages'; // paragraphs and sentences with offsets

export interface PipelineInput {
	articles: Article[];
	gazetteer: Gazetteer;
	actors: Actors;
	/** Ids given in earlier runs (data/incident-ids.json); `{}` for none. */
	ledger: IdLedger;
}

export interface PipelineOutput {
	incidents: IncidentFeature[];
	/** The explorer's compact rows, in the same order as `incidents`. */
	explorer: ExplorerIncident[];
	mentions: Mention[];
	rejected: Rejected[];
	ledger: IdLedger;
	/** Anchor date of each article, and where it came from. */
	anchors: Record<string, { date: string | null; from: 'published' | 'date line' | null }>;
}

/**
 * Runs every stage over a corpus. Deterministic: the same inputs give the same output.
 *
 * @example
 * const { incidents, mentions } = runPipeline({ articles, gazetteer, actors, ledger: {} });
 */
export function runPipeline({ articles, gazetteer, actors, ledger }: PipelineInput): PipelineOutput {
	const index = indexGazetteer(gazetteer);
	const notPlaces = new Set([...actors.words, ...NOT_PLACE_WORDS]);
	const meta: Record<string, SourceMeta> = Object.fromEntries(articles.map((a) => [a.id, a.meta]));
	const claims: ClaimDraft[] = [];
	const mentions: Mention[] = [];
	const rejected: Rejected[] = [];
	const anchors: PipelineOutput['anchors'] = {};
	for (const article of [...articles].sort((a, b) => (a.id < b.id ? -1 : 1))) {
		const anchor = anchorOf(article);
		anchors[article.id] = anchor;
		const sentences = splitSentences(article.text);
		const found = findMentions({ text: article.text, sentences, index, notPlaces });
		const result = extractClaims({ article, sentences, mentions: found, actors, places: index.byId, anchor: anchor.date });
		claims.push(...result.claims);
		rejected.push(...result.rejected);
		for (const m of found) {
			mentions.push({
				source: article.id,
				start: m.start,
				end: m.end,
				surface: m.surface,
				place_id: m.place?.id ?? null,
				name: m.place?.name ?? null,
				lat: m.place?.lat ?? null,
				lon: m.place?.lon ?? null,
				role: result.sites.has(m) ? 'incident-site' : 'context',
				match: m.match,
				confidence: m.confidence
			});
		}
	}
	const drafts: IncidentDraft[] = groupIncidents({ claims, places: index.byId, meta });
	const assigned = assignIds({ incidents: drafts, ledger });
	const incidents = drafts.map((d, i) => toFeature(d, assigned.ids[i], meta));
	const explorer = incidents.map((f, i) => toExplorerRow(f, drafts[i]));
	return { incidents, explorer, mentions, rejected, ledger: assigned.ledger, anchors };
}

/** The date relative expressions resolve against: the publication date, else a date line near the top. */
function anchorOf(article: Article): PipelineOutput['anchors'][string] {
	if (article.meta.published) return { date: article.meta.published, from: 'published' };
	for (const p of splitParagraphs(article.text).slice(0, 4)) {
		const line = article.text.slice(p.start, p.end);
		if (!isDateLine(line)) continue;
		const when = resolveWhen(line, null);
		if (when) return { date: formatWhen(when.start, 'day'), from: 'date line' };
	}
	return { date: null, from: null };
}
