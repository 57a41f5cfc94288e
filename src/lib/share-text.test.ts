import { describe, expect, test } from 'vitest';
import { clipDescription, DESCRIPTION_MAX, namedSources } from './share-text';

describe('clipDescription', () => {
	test('a short text is kept as it is', () => {
		expect(clipDescription('Shelling near Goris.')).toBe('Shelling near Goris.');
	});
	test('a long text is cut at a word boundary under 200 characters, with an ellipsis', () => {
		const long = 'word '.repeat(100);
		const out = clipDescription(long);
		expect(out.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
		expect(out.endsWith('word…')).toBe(true);
	});
	test('one very long word is cut inside the word', () => {
		expect(clipDescription('x'.repeat(300), 20)).toBe(`${'x'.repeat(19)}…`);
	});
});

describe('namedSources', () => {
	test('names outlets, and titles of articles without an outlet', () => {
		expect(namedSources([{ outlet: 'TIME', title: 'A' }, { outlet: null, title: 'New conflict' }])).toBe('TIME and “New conflict”');
	});
	test('counts the rest beyond the first two', () => {
		expect(namedSources([{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'C' }, { outlet: 'A' }, { outlet: 'D' }])).toBe('A, B and 2 more');
	});
	test('an article with neither outlet nor title is left out, not named by its id', () => {
		expect(namedSources([{ outlet: null, title: null }])).toBe('');
	});
});
