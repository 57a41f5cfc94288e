// Test helpers: the real curated data and the seed articles, read once (tests only; stages never read files).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../types';
import { parseActors } from './actors';
import { decodeArticle, parseSources } from './articles';
import { parseGazetteer } from './gazetteer';

export const ROOT = join(import.meta.dirname, '../../..');
export const gazetteer = parseGazetteer(readFileSync(join(ROOT, 'data/gazetteer.json'), 'utf8'), 'data/gazetteer.json');
export const actors = parseActors(readFileSync(join(ROOT, 'data/actors.json'), 'utf8'), 'data/actors.json');
const sources = parseSources(readFileSync(join(ROOT, 'seeds/sources.json'), 'utf8'), 'seeds/sources.json');

export const seeds: Article[] = readdirSync(join(ROOT, 'seeds'))
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((f) => decodeArticle({ id: f.slice(0, -4), file: `seeds/${f}`, bytes: readFileSync(join(ROOT, 'seeds', f)), meta: sources[f.slice(0, -4)] ?? null }));

/** An article made in a test. */
export function article(id: string, text: string, published: string | null = '2022-09-13'): Article {
	return { id, file: `${id}.txt`, text, meta: { title: null, outlet: 'Test', url: null, published, language: 'en', notes: null } };
}
