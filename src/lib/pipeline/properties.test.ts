// Properties of the whole pipeline on random input (fast-check): random articles built from
// gazetteer names, party words and noise, and arbitrary strings. Seeded, so a failure reproduces.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Article } from '../types';
import { runPipeline } from './index';
import { splitParagraphs, splitSentences } from './passages';
import { actors, gazetteer } from './test-data';

const SEED = 20221213;
const names = gazetteer.places.flatMap((p) => [p.name, ...p.aliases.slice(0, 2)]).filter((n) => n.length > 2);
const words = ['Armenia', 'Azerbaijan', 'said', 'shelled', 'the ministry', 'on Tuesday', 'near', 'killed', 'two soldiers', 'denied', 'border', '“', '”', ',', '.', '\n', '\n\n', 'at 00:05 GMT', 'in August', '–', 'Ə', 'ş', '?', '(', ')'];
const token = fc.oneof(fc.constantFrom(...names), fc.constantFrom(...words), fc.string({ maxLength: 8 }), fc.constantFrom('Ukraine', 'Baku', 'Yerevan', 'last week'));
const articleText = fc.array(token, { minLength: 1, maxLength: 80 }).map((ts) => ts.join(' '));
const article = (id: string, text: string, published: string | null = '2022-09-13'): Article => ({ id, file: `${id}.txt`, text, meta: { title: null, outlet: null, url: null, published, language: 'en', notes: null } });

test('every paragraph, sentence and mention gives back its text from its offsets', () => {
	fc.assert(
		fc.property(articleText, (text) => {
			for (const p of splitParagraphs(text)) expect(text.slice(p.start, p.end).trim()).toBe(text.slice(p.start, p.end));
			for (const s of splitSentences(text)) expect(s.end).toBeGreaterThan(s.start);
			const out = runPipeline({ articles: [article('a', text)], gazetteer, actors, ledger: {} });
			for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
			for (const f of out.incidents) for (const c of f.properties.claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
		}),
		{ seed: SEED, numRuns: 150 }
	);
}, 120_000);

test('the pipeline never throws, whatever the text', () => {
	fc.assert(
		fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), articleText), fc.option(fc.constantFrom('2022-09-13', '2021-01-01')), (text, published) => {
			runPipeline({ articles: [article('a', text, published)], gazetteer, actors, ledger: {} });
		}),
		{ seed: SEED, numRuns: 200 }
	);
}, 120_000);

test('the output is the same whatever the order of the articles', () => {
	fc.assert(
		fc.property(fc.array(articleText, { minLength: 2, maxLength: 4 }), (texts) => {
			const articles = texts.map((t, i) => article(`a${i}`, t));
			const forward = runPipeline({ articles, gazetteer, actors, ledger: {} });
			const backward = runPipeline({ articles: [...articles].reverse(), gazetteer, actors, ledger: {} });
			expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
		}),
		{ seed: SEED, numRuns: 40 }
	);
}, 120_000);
