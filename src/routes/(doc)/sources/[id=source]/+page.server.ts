// One article as stored, with the passages that feed incidents; prerendered for every article.
import { error } from '@sveltejs/kit';
import { articlePassages, findArticle, findRedirect, getCorpus, redirectsOf } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...getCorpus().articles.map((a) => ({ id: a.id })), ...redirectsOf('sources').map((r) => ({ id: r.from }))];

export const load: PageServerLoad = ({ params }) => {
	const article = findArticle(params.id);
	if (!article) {
		// An article removed from the sources (data/redirects.json): a small page that leads on.
		const redirect = findRedirect('sources', params.id);
		if (!redirect) error(404, `There is no article “${params.id}” in the sources.`);
		return { redirect, article: null, passages: [], incidents: [] };
	}
	const passages = articlePassages(article.id);
	// Incidents and episodes in the order they first appear in the article, numbered for the highlights.
	const incidents: { id: string; title: string; url: string }[] = [];
	for (const p of passages) for (const i of p.incidents) if (!incidents.some((x) => x.url === i.url)) incidents.push(i);
	return { redirect: null, article: { id: article.id, file: article.file, text: article.text, meta: article.meta }, passages, incidents };
};
