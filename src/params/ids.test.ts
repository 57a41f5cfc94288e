import { describe, expect, test } from 'vitest';
import { match as episode } from './episode';
import { match as incident } from './incident';
import { match as place } from './place';
import { match as source } from './source';

describe('incident, episode and place ids', () => {
	test.each(['2022-09-13-goris-sotk-jermuk', '2022-08-lachin', 'lake-sevan', 'a'])('%s matches', (id) => {
		expect(incident(id)).toBe(true);
		expect(episode(id)).toBe(true);
		expect(place(id)).toBe(true);
	});

	test.each(['', 'Goris', '2022--09', '-goris', 'goris-', 'gor is', 'goris.png', '../etc', 'x'.repeat(201)])('%j does not match', (id) => {
		expect(incident(id)).toBe(false);
		expect(episode(id)).toBe(false);
		expect(place(id)).toBe(false);
	});
});

describe('article ids', () => {
	test.each(['000_b2d142a61056506b', 'zz_hostile_markup', 'Report.2022-09-13'])('%s matches', (id) => {
		expect(source(id)).toBe(true);
	});

	test.each(['', '../seeds', '.hidden', 'a b', 'a/b', '<script>'])('%j does not match', (id) => {
		expect(source(id)).toBe(false);
	});
});
