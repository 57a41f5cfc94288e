import { describe, expect, test } from 'vitest';
import { claimColumns, firstClaims } from './claim-columns';
import { claim } from './test-fixtures';

const am = claim({ claimant: 'AM', accused: 'AZ', start: 1, end: 2 });
const az = claim({ claimant: 'AZ', accused: 'AM', start: 3, end: 4 });
const azDenies = claim({ claimant: 'AZ', accused: null, denial: true, start: 5, end: 6, quote: 'Baku denied launching the attacks.' });
const media = claim({ claimant: 'media', accused: null, start: 7, end: 8 });

const shape = (cols: ReturnType<typeof claimColumns>) => cols.map((c) => [c.claimant, c.claims.map((x) => x.start), c.denials.map((x) => x.start)]);

describe('claimColumns', () => {
	test('no claims give no columns', () => {
		expect(claimColumns([])).toEqual([]);
	});

	test('each claimant has a column, Armenian side first, then Azerbaijani, then the media', () => {
		expect(shape(claimColumns([media, az, am]))).toEqual([
			['AM', [1], []],
			['AZ', [3], []],
			['media', [7], []]
		]);
	});

	test('a denial stands beside the claims that accuse the denier, not among the denier’s accusations', () => {
		expect(shape(claimColumns([am, az, azDenies, media]))).toEqual([
			['AM', [1], [5]],
			['AZ', [3], []],
			['media', [7], []]
		]);
	});

	test('a denial when nobody here names the denier answers every other claimant', () => {
		const neutral = claim({ claimant: 'media', accused: null, start: 9, end: 10 });
		expect(shape(claimColumns([neutral, azDenies]))).toEqual([['media', [9], [5]]]);
	});

	test('a denial that answers nothing shown here keeps its own column', () => {
		expect(shape(claimColumns([azDenies]))).toEqual([['AZ', [], [5]]]);
	});
});

describe('firstClaims', () => {
	test('a long column shows its first three and hides the rest behind "show all"', () => {
		expect(firstClaims([1, 2, 3, 4, 5])).toEqual({ first: [1, 2, 3], rest: [4, 5] });
	});
	test('hiding a single claim is not worth a "show all": four are shown whole', () => {
		expect(firstClaims([1, 2, 3, 4])).toEqual({ first: [1, 2, 3, 4], rest: [] });
		expect(firstClaims([])).toEqual({ first: [], rest: [] });
	});
});
