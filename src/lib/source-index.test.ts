import { describe, expect, test } from 'vitest';
import { articleTitle, sourceRows } from './source-index';
import { claim, episode, incidentFeature } from './test-fixtures';
import type { Article, SourceMeta } from './types';

const NO_META: SourceMeta = { title: null, outlet: null, url: null, published: null, language: null, notes: null };
const article = (id: string, text = 'Some text.', meta: Partial<SourceMeta> = {}): Article => ({ id, file: `seeds/${id}.txt`, text, meta: { ...NO_META, ...meta } });

describe('articleTitle', () => {
	test('is the title from sources.json when there is one', () => {
		expect(articleTitle(article('a', 'First line', { title: 'Given title' }))).toBe('Given title');
	});
	test('is the first non-empty line without a title, and the id for an article of blank lines', () => {
		expect(articleTitle(article('a', '\n  \n Shelling near Goris \nmore'))).toBe('Shelling near Goris');
		expect(articleTitle(article('a', '\n\n'))).toBe('a');
	});
});

describe('sourceRows', () => {
	test('counts a claim once although it supports incidents at several sites', () => {
		const c = claim({ source: 'a1' });
		const rows = sourceRows({ articles: [article('a1')], incidents: [incidentFeature('x', { claims: [c] }), incidentFeature('y', { claims: [c] })], episodes: [], rejected: [] });
		expect(rows[0].used).toBe(1);
	});

	test('adds the claims that name no site, kept on episodes, and counts the rejected sentences of each article', () => {
		const rows = sourceRows({
			articles: [article('a1', 'x', { outlet: 'Armenpress', published: '2022-09-13', language: 'en' }), article('a2')],
			incidents: [incidentFeature('x', { claims: [claim({ source: 'a1' })] })],
			episodes: [episode('e', { unplaced_claims: [claim({ source: 'a1', start: 40, end: 60 }), claim({ source: 'a2' })] })],
			rejected: [{ source: 'a2' }, { source: 'a2' }]
		});
		expect(rows).toEqual([
			{ id: 'a1', title: 'x', outlet: 'Armenpress', published: '2022-09-13', language: 'en', used: 2, rejected: 0 },
			{ id: 'a2', title: 'Some text.', outlet: null, published: null, language: null, used: 1, rejected: 2 }
		]);
	});

	test('gives an article no claim of which is used a row with zeros', () => {
		expect(sourceRows({ articles: [article('empty')], incidents: [], episodes: [], rejected: [] })[0]).toMatchObject({ used: 0, rejected: 0 });
	});
});
