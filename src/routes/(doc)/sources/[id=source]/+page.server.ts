// One article as stored, with the passages that feed incidents; prerendered for every article.
import { error } from '@sveltejs/kit';
import { articlePassages, findArticle, getCorpus } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getCorpus().articles.map((a) => ({ id: a.id }));

export const load: PageServerLoad = ({ params }) => {
	const article = findArticle(params.id);
	if (!article) error(404, `There is no article “${params.id}” in the sources.`);
	const passages = articlePassages(article.id);
	// Incidents and episodes in the order they first appear in the article, numbered for the highlights.
	const incidents: { id: string; title: string; url: string }[] = [];
	for (const p of passages) for (const i of p.incidents) if (!incidents.some((x) => x.url === i.url)) incidents.push(i);
	return { article: { id: article.id, file: article.file, text: article.text, meta: article.meta }, passages, incidents };
};
