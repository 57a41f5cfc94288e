import { describe, expect, test } from 'vitest';
import { passageAnchor, passagesOf, segment, type Piece } from './passages';
import { claim, episode } from './test-fixtures';
import type { IncidentFeature, Passage } from './types';

const p = (start: number, end: number): Passage => ({ start, end, incidents: [] });

/** The text a piece shows, as the browser's textContent would. */
const textOf = (pieces: Piece[]): string => pieces.map((x) => ('text' in x ? x.text : textOf(x.pieces))).join('');

/** Every passage element with the text it holds. */
function marks(pieces: Piece[], out: [string, string][] = []): [string, string][] {
	for (const x of pieces) if ('passage' in x) (out.push([passageAnchor(x.passage), textOf(x.pieces)]), marks(x.pieces, out));
	return out;
}

describe('segment', () => {
	test('an article without passages is one piece of text', () => {
		expect(segment('plain text', [])).toEqual([{ text: 'plain text' }]);
	});

	test('an empty article gives no pieces', () => {
		expect(segment('', [])).toEqual([]);
	});

	test('every passage holds exactly its slice of the text, and the whole text is kept', () => {
		const text = 'One. Two three. Four.';
		const pieces = segment(text, [p(5, 15), p(0, 4), p(16, 21)]);
		expect(textOf(pieces)).toBe(text);
		expect(marks(pieces)).toEqual([['p-0-4', 'One.'], ['p-5-15', 'Two three.'], ['p-16-21', 'Four.']]);
	});

	test('a passage inside another is nested and both keep their exact text', () => {
		const text = 'Alpha beta gamma.';
		const pieces = segment(text, [p(6, 10), p(0, 17)]);
		expect(textOf(pieces)).toBe(text);
		expect(marks(pieces)).toEqual([['p-0-17', 'Alpha beta gamma.'], ['p-6-10', 'beta']]);
	});

	test('a passage crossing the end of another is cut there and the text is still whole', () => {
		const text = 'abcdefghij';
		const pieces = segment(text, [p(0, 5), p(3, 8)]);
		expect(textOf(pieces)).toBe(text);
		expect(marks(pieces)).toEqual([['p-0-5', 'abcde'], ['p-3-8', 'de']]);
	});

	test('markup in an article stays plain text in the pieces', () => {
		const text = 'x <script>alert(1)</script> y';
		expect(textOf(segment(text, [p(2, 27)]))).toBe(text);
	});
});

describe('passagesOf', () => {
	const incident = (id: string, spans: [string, number, number][]): IncidentFeature =>
		({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [0, 0] },
			properties: {
				id,
				title: id,
				url: `/incidents/${id}`,
				claims: spans.map(([source, start, end]) => ({ source, start, end })),
				sources: spans.map(([source, start, end]) => ({ source, start, end }))
			}
		}) as unknown as IncidentFeature;

	test('a span quoted by two incidents is one passage feeding both', () => {
		const passages = passagesOf('a', [incident('i1', [['a', 0, 4]]), incident('i2', [['a', 0, 4], ['b', 1, 2]])]);
		expect(passages).toEqual([{ start: 0, end: 4, incidents: [{ id: 'i1', title: 'i1', url: '/incidents/i1' }, { id: 'i2', title: 'i2', url: '/incidents/i2' }] }]);
	});

	test('an episode’s own passages (reactions, claims that name no site, first reports) link to the episode', () => {
		const ep = episode('e1', {
			title: 'Clashes',
			reactions: [{ speaker: 'France', source: 'a', start: 10, end: 20, quote: '' }],
			unplaced_claims: [claim({ source: 'a', start: 0, end: 4 })]
		});
		const passages = passagesOf('a', [incident('i1', [['a', 0, 4]])], [ep]);
		expect(passages.map((x) => [x.start, x.end, x.incidents.map((i) => i.url)])).toEqual([
			[0, 4, ['/incidents/i1', '/episodes/e1']],
			[10, 20, ['/episodes/e1']]
		]);
	});

	test('passages of other articles are left out', () => {
		expect(passagesOf('c', [incident('i1', [['a', 0, 4]])])).toEqual([]);
	});
});
