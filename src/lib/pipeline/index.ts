// The pipeline, stage by stage: from article text to source-linked claims, incidents and episodes. Pure: no I/O.
import type { Article, Episode, ExplorerEpisode, ExplorerIncident, Gazetteer, IncidentFeature, Mention, Redirect, SourceMeta } from '../types';
import type { Actors } from './actors';
import { extractClaims, type ClaimDraft, type Rejected } from './claims'; // who says what, where, when
import { formatWhen, resolveWhen } from './dates'; // anchors for relative dates
import { groupEpisodes } from './episodes'; // incidents close in time → one episode, both sides' accounts
import { toEpisode, toExplorerEpisode, toExplorerRow, toFeature } from './export'; // the public data export
import { indexGazetteer } from './gazetteer'; // name and alias index of the places
import { assignIds, claimKey, type IdLedger } from './ids'; // readable, stable ids
import { groupIncidents } from './incidents'; // claims about one site and time → one incident
import { findMentions } from './mentions'; // place names, aliases, misspellings
import { NOT_PLACE_WORDS } from './lexicon';
import { checkRedirects, deriveRedirects, livePages, type PublishedIds, type RedirectEntry, type RedirectProblem } from './redirects'; // links that never break
import { isDateLine, splitParagraphs, splitSentences } from './passages'; // paragraphs and sentences with offsets

export interface PipelineInput {
	articles: Article[];
	gazetteer: Gazetteer;
	actors: Actors;
	/** Ids given in earlier runs (data/incident-ids.json); `{}` for none. */
	ledger: IdLedger;
	/** Ids published before (data/published-ids.json): those gone now get a redirect. */
	published?: PublishedIds;
	/** data/redirects.json: an editor's entries, and those `npm run extract` recorded. */
	redirects?: RedirectEntry[];
}

export interface PipelineOutput {
	incidents: IncidentFeature[];
	/** The explorer's compact rows, in the same order as `incidents`. */
	explorer: ExplorerIncident[];
	episodes: Episode[];
	explorerEpisodes: ExplorerEpisode[];
	mentions: Mention[];
	rejected: Rejected[];
	/** Where each published page that is gone now lives: editors' entries, then those derived from where its contents went. */
	redirects: Redirect[];
	/** The entries `npm run extract` records in data/redirects.json, derived afresh. */
	recorded: RedirectEntry[];
	/** Problems with the published record and data/redirects.json; the build fails on any (see corpus.ts). */
	redirectProblems: RedirectProblem[];
	ledger: IdLedger;
	/** Anchor date of each article, and where it came from. */
	anchors: Record<string, { date: string | null; from: 'published' | 'date line' | null }>;
}

/**
 * Runs every stage over a corpus. Deterministic: the same inputs give the same output.
 *
 * @example
 * const { incidents, episodes, mentions } = runPipeline({ articles, gazetteer, actors, ledger: {} });
 */
export function runPipeline({ articles, gazetteer, actors, ledger, published = { incidents: {}, episodes: {} }, redirects: fileRedirects = [] }: PipelineInput): PipelineOutput {
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
	const drafts = groupIncidents({ claims, meta });
	const unplaced = claims.filter((c) => c.places.length === 0);
	const { episodes: episodeDrafts, left } = groupEpisodes({ incidents: drafts, unplaced, rejected, meta });
	for (const c of left) rejected.push({ source: c.source, start: c.start, end: c.end, quote: c.quote, reason: 'no place named, and no fighting on the map at its date', claimant: c.claimant, speaker: c.claimant_name, t0: c.t0 });
	rejected.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start));
	const { incidentIds, episodeIds, ledger: next } = assignIds({ incidents: drafts, episodes: episodeDrafts, ledger });
	const episodeOf: string[] = [];
	episodeDrafts.forEach((e, k) => e.incidents.forEach((i) => (episodeOf[i] = episodeIds[k])));
	const incidents = drafts.map((d, i) => toFeature(d, incidentIds[i], episodeOf[i], meta));
	const explorer = incidents.map((f, i) => toExplorerRow(f, drafts[i]));
	const episodes = episodeDrafts.map((e, k) => toEpisode(e, episodeIds[k], incidentIds));
	const explorerEpisodes = episodes.map((e, k) => toExplorerEpisode(e, episodeDrafts[k]));
	const live = livePages({ incidents: incidentIds, episodes: episodeIds, places: gazetteer.places.map((p) => p.id), sources: articles.map((a) => a.id) });
	const editors = fileRedirects.filter((e) => !e.recorded);
	const recorded = deriveRedirects({
		published,
		live,
		// Published keys name a claim at its site; those of schema 1 name the claim alone.
		incidents: drafts.map((d, i) => ({ id: incidentIds[i], episode: episodeOf[i], claims: d.claims.flatMap((c) => [claimKey(c), `${claimKey(c)}@${d.site.id}`]) })),
		editors
	});
	const { redirects, problems: redirectProblems } = checkRedirects({ published, live, editors, recorded, file: fileRedirects });
	return { incidents, explorer, episodes, explorerEpisodes, mentions, rejected, redirects, recorded, redirectProblems, ledger: next, anchors };
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
