// Name recall over the evaluation set (tests/eval/): each place an annotated claim names must be found
// by the mention matcher, under the spelling the article uses, in the claim's sentence. The set is
// written and annotated by hand by other editors; this test only reads it, and skips itself until
// tests/eval/annotations/*.json and tests/eval/articles/*.txt are in the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexGazetteer } from './gazetteer';
import { findMentions } from './mentions';
import { splitSentences } from './passages';
import { actors, gazetteer, ROOT } from './test-data';

const EVAL = join(ROOT, 'tests/eval');
const annotationsDir = join(EVAL, 'annotations');
const articlesDir = join(EVAL, 'articles');
const present = existsSync(annotationsDir) && existsSync(articlesDir) && readdirSync(annotationsDir).some((f) => f.endsWith('.json'));
/** Places named by a phrase, not a name ("on the border"): the claim stage finds them, not the name matcher. */
const PHRASES = new Set(['armenia-azerbaijan-border']);

interface Expected {
	article: string;
	quote: string;
	id: string;
}

function expectations(): Expected[] {
	const out: Expected[] = [];
	for (const file of readdirSync(annotationsDir).filter((f) => f.endsWith('.json')).sort()) {
		const annotation = JSON.parse(readFileSync(join(annotationsDir, file), 'utf8')) as { claims?: { quote: string; places?: string[] }[] };
		for (const claim of annotation.claims ?? []) for (const id of claim.places ?? []) if (!PHRASES.has(id)) out.push({ article: file.replace(/\.json$/, ''), quote: claim.quote, id });
	}
	return out;
}

describe.skipIf(!present)('name recall over the evaluation articles', () => {
	test('at least 95 % of at least 150 place names in annotated claims resolve to the annotated entry', () => {
		const index = indexGazetteer(gazetteer);
		const expected = expectations();
		const missed: string[] = [];
		const byArticle = new Map<string, ReturnType<typeof findMentions>>();
		for (const e of expected) {
			const text = readFileSync(join(articlesDir, `${e.article}.txt`), 'utf8');
			if (!byArticle.has(e.article)) byArticle.set(e.article, findMentions({ text, sentences: splitSentences(text), index, notPlaces: actors.words }));
			const at = text.indexOf(e.quote);
			const sentences = splitSentences(text);
			const s = sentences.findIndex((x) => x.start <= at && at < x.end);
			const found = byArticle.get(e.article)!.some((m) => m.place?.id === e.id && (s < 0 || m.sentence === s));
			if (!found) missed.push(`${e.article}: ${e.id} in "${e.quote.slice(0, 60)}"`);
		}
		const recall = (expected.length - missed.length) / expected.length;
		console.log(`name recall: ${expected.length - missed.length}/${expected.length} = ${(recall * 100).toFixed(1)} %${missed.length ? `\nmissed:\n  ${missed.join('\n  ')}` : ''}`);
		expect(expected.length).toBeGreaterThanOrEqual(150);
		expect(recall).toBeGreaterThanOrEqual(0.95);
	});
});
