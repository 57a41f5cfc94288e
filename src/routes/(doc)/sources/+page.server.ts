// Every article as a list row: outlet, title, date, language, claims used and sentences left out.
import { getCorpus } from '$lib/server/share';
import { sourceRows } from '$lib/source-index';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { articles, incidents, episodes, rejected } = getCorpus();
	return { sources: sourceRows({ articles, incidents, episodes, rejected }) };
};
