// The sources index (/sources): one row per article with how many of its claims the map uses and how
// many of its sentences were left out. Pure: the route's loader passes the corpus in.
import type { Article, Episode, IncidentFeature } from './types';

export interface SourceRow {
	id: string;
	title: string;
	outlet: string | null;
	/** sources.json `published` (YYYY-MM-DD), null when unknown. */
	published: string | null;
	language: string | null;
	/** Distinct claims from this article on incidents and episodes (a claim with three sites counts once). */
	used: number;
	/** Sentences of this article left off the map (/data/rejected.json). */
	rejected: number;
}

/**
 * The title an article is shown under: sources.json `title`, else its first non-empty line, else its id.
 *
 * @example
 * articleTitle({ id: 'a', file: 'seeds/a.txt', text: '\nShelling near Goris\n…', meta: { title: null, … } }) // 'Shelling near Goris'
 */
export function articleTitle(article: Article): string {
	return article.meta.title ?? article.text.split('\n').find((l) => l.trim())?.trim() ?? article.id;
}

/**
 * One row per article, in the articles' order.
 *
 * @example
 * sourceRows({ articles, incidents, episodes, rejected }) // [{ id: '001_…', title, outlet, published, language, used: 12, rejected: 3 }, …]
 */
export function sourceRows({ articles, incidents, episodes, rejected }: {
	articles: Article[];
	incidents: IncidentFeature[];
	episodes: Episode[];
	rejected: { source: string }[];
}): SourceRow[] {
	const used = new Map<string, Set<string>>();
	const claims = [...incidents.flatMap((f) => f.properties.claims), ...episodes.flatMap((e) => e.unplaced_claims)];
	for (const c of claims) {
		if (!used.has(c.source)) used.set(c.source, new Set());
		used.get(c.source)!.add(c.id);
	}
	const left = new Map<string, number>();
	for (const r of rejected) left.set(r.source, (left.get(r.source) ?? 0) + 1);
	return articles.map((a) => ({
		id: a.id,
		title: articleTitle(a),
		outlet: a.meta.outlet,
		published: a.meta.published,
		language: a.meta.language,
		used: used.get(a.id)?.size ?? 0,
		rejected: left.get(a.id) ?? 0
	}));
}
