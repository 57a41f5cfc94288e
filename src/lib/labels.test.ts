import { describe, expect, test } from 'vitest';
import { CLAIMANT_ORDER, byClaimantOrder, fatalityFigures } from './labels';

describe('fatalityFigures', () => {
	const none = { AM: null, AZ: null, unspecified: null };

	test('no figure for any side gives nothing', () => {
		expect(fatalityFigures(none, none)).toEqual([]);
	});

	test('a range per side, a single figure when the claims agree', () => {
		expect(fatalityFigures({ AM: 49, AZ: 50, unspecified: null }, { AM: 105, AZ: 50, unspecified: null })).toEqual([
			{ key: 'AM', label: 'Armenian side', text: '49–105' },
			{ key: 'AZ', label: 'Azerbaijani side', text: '50' }
		]);
	});

	test('deaths whose side the text does not give are listed apart', () => {
		expect(fatalityFigures({ ...none, unspecified: 3 }, { ...none, unspecified: 3 })).toEqual([{ key: 'unspecified', label: 'Side not stated', text: '3' }]);
	});
});

test('claimants stand in the order AM, AZ, third party, media', () => {
	expect(['media', 'AZ', 'third-party', 'AM'].sort(byClaimantOrder as (a: string, b: string) => number)).toEqual([...CLAIMANT_ORDER]);
});
