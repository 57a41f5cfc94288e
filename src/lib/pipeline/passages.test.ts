import { describe, expect, test } from 'vitest';
import { isDateLine, splitParagraphs, splitSentences } from './passages';
import { seeds } from './test-data';

describe.each(seeds.map((a) => [a.id, a] as const))('seed %s', (_id, a) => {
	test('every paragraph and sentence gives its text back from its offsets', () => {
		const sentences = splitSentences(a.text);
		expect(sentences.length).toBeGreaterThan(5);
		for (const s of [...splitParagraphs(a.text), ...sentences]) {
			const passage = a.text.slice(s.start, s.end);
			expect(passage).toBe(passage.trim());
			expect(passage.length).toBeGreaterThan(0);
			expect(a.text.indexOf(passage, s.start)).toBe(s.start);
		}
	});
});

test('sentences do not break after initials, a.m. or abbreviations', () => {
	const text = 'The U.S. Secretary said the truce started at 9 a.m. local time. Gen. Smith agreed. It ended.';
	expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
		'The U.S. Secretary said the truce started at 9 a.m. local time.',
		'Gen. Smith agreed.',
		'It ended.'
	]);
});

test('titles, captions and date lines are headings, running text is not', () => {
	const text = 'May 31, 2023\nNew conflict in the region\n\nFighting broke out. Photo: AP\n\nIt went on all night.';
	const heading = splitSentences(text).map((s) => [text.slice(s.start, s.end), s.heading]);
	expect(heading).toEqual([
		['May 31, 2023', true],
		['New conflict in the region', true],
		['Fighting broke out.', false],
		['Photo: AP', true],
		['It went on all night.', false]
	]);
});

test('a date line is recognised only when the line is a date and nothing else', () => {
	expect(isDateLine('May 31, 2023')).toBe(true);
	expect(isDateLine('13 September 2022')).toBe(true);
	expect(isDateLine('On May 31, 2023 fighting broke out')).toBe(false);
});

test('an empty article has no passages', () => {
	expect(splitSentences('')).toEqual([]);
	expect(splitParagraphs('\n\n  \n')).toEqual([]);
});
