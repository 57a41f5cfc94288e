// The evaluation's scoring on a small article of its own: what counts as a found, missed or extra claim.
import { expect, test } from 'vitest';
import type { Claim, IncidentPlace } from '../src/lib/types.ts';
import { dateAgrees, figures, scoreArticle, type Annotation } from './eval-score.ts';

const text = 'Armenia said Azerbaijani forces shelled Tegh on Monday. Baku denied it. The EU called for calm.';
const tegh: IncidentPlace = { id: 'tegh', name: 'Tegh', lat: 39.55, lon: 46.48, precision: 'exact', kind: 'settlement', area: false };
function claim(over: Partial<Claim>): Claim {
	return { id: 'x', claimant: 'AM', claimant_name: 'Armenia', outlet: null, accused: 'AZ', denial: false, kind: 'shelling', statement: '', date_start: '2023-04-10', date_end: '2023-04-10', time_precision: 'day', time_zone: null, weapons: [], casualties: [], places: [tegh], source: 'a', start: 0, end: 55, quote: '', ...over };
}
const annotation: Annotation = {
	article: 'a',
	claims: [
		{ quote: 'Azerbaijani forces shelled Tegh', claimant: 'AM', accused: 'AZ', kind: 'shelling', places: ['tegh'], date: '2023-04-10' },
		{ quote: 'Baku denied it', claimant: 'AZ', accused: null, denial: true, kind: 'shelling', places: ['tegh'], date: '2023-04-10' }
	],
	non_claims: [{ quote: 'The EU called for calm', reason: 'appeal' }],
	incidents: [{ place: 'tegh', date: '2023-04-10', kind: 'shelling' }]
};

test('a claim in the annotated sentence matches, and a missed claim lowers recall but not precision', () => {
	const f = figures(scoreArticle({ text, annotation, predicted: [claim({})], incidents: [] }));
	expect(f.claimPrecision).toBe(1);
	expect(f.claimRecall).toBe(0.5);
	expect(f.accused).toBe(1);
	expect(f.placeRecall).toBe(0.5);
});

test('a claim in a sentence the annotation calls a non-claim is extra, and the non-claim counts as leaked', () => {
	const s = scoreArticle({ text, annotation, predicted: [claim({}), claim({ id: 'y', claimant: 'third-party', start: 72, end: 94 })], incidents: [] });
	expect(figures(s).claimPrecision).toBe(0.5);
	expect(figures(s).nonClaimsOut).toBe(0);
	expect(s.notes.some((n) => n.startsWith('extra claim'))).toBe(true);
});

test('a wrong accused side is counted against accuracy on matched claims', () => {
	const f = figures(scoreArticle({ text, annotation, predicted: [claim({ accused: null })], incidents: [] }));
	expect(f.accused).toBe(0);
});

test('an annotated day or month agrees with a span that covers it', () => {
	expect(dateAgrees('2022-09-13', '2022-09-12', '2022-09-14')).toBe(true);
	expect(dateAgrees('2022-09-15', '2022-09-12', '2022-09-14')).toBe(false);
	expect(dateAgrees('2022-08', '2022-08-01', '2022-08-31')).toBe(true);
	expect(dateAgrees('2022-09-13', '2022-09-13T00:05+04:00', null)).toBe(true);
});

test('a quote that is not in the article stops the evaluation with the file named', () => {
	expect(() => scoreArticle({ text, annotation: { ...annotation, claims: [{ ...annotation.claims[0], quote: 'not there' }] }, predicted: [], incidents: [] })).toThrow(/annotations\/a\.json/);
});
