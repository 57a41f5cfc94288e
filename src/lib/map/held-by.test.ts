import { describe, expect, test } from 'vitest';
import { heldProperties, holderAt } from './held-by';

const at = (d: string) => Date.parse(`${d}T12:00:00+04:00`);

describe('heldProperties and holderAt', () => {
	const aghdam = heldProperties([{ by: 'AZ', from: '2020-11-20', to: null }, { by: 'NK', from: null, to: '2020-11-20' }]);
	test('periods in date order; the holder changes on the day the gazetteer gives', () => {
		expect(aghdam.h0).toBe('NK');
		expect(aghdam.h1).toBe('AZ');
		expect(holderAt(aghdam, at('2020-11-19'))).toBe('NK');
		expect(holderAt(aghdam, at('2020-11-20'))).toBe('AZ');
		expect(holderAt(aghdam, at('2022-09-13'))).toBe('AZ');
	});
	test('one open period holds at every date', () => {
		const p = heldProperties([{ by: 'AZ', from: null, to: null }]);
		expect(p).toEqual({ h0: 'AZ' });
		expect(holderAt(p, at('1999-01-01'))).toBe('AZ');
	});
	test('a place without periods gets no holder', () => {
		expect(heldProperties(null)).toEqual({});
		expect(holderAt({}, at('2022-09-13'))).toBeNull();
	});
});
