import { describe, expect, test } from 'vitest';
import { NO_FILTERS, parseHash, parseUrlState, serializeHash, serializeUrlState } from './url-state';
import type { ExplorerUrlState } from './types';

const parse = (qs: string) => parseUrlState(new URLSearchParams(qs));
const empty: ExplorerUrlState = { ...NO_FILTERS, incident: null };

describe('parseUrlState', () => {
	test('an empty query string means no filters and no open incident', () => {
		expect(parse('')).toEqual(empty);
	});

	test('reads every key of a full URL', () => {
		const state = parse(
			'from=2022-09-12&to=2022-09-13&claimant=AM,AZ&accused=AZ,none&type=shelling,drone%20strike&source=000_b2d1&episode=2022-09-12-border-clashes&q=Jermuk&incident=2022-09-13-jermuk'
		);
		expect(state).toEqual({
			from: Date.parse('2022-09-12T00:00+04:00'),
			to: Date.parse('2022-09-14T00:00+04:00'),
			claimant: ['AM', 'AZ'],
			accused: ['AZ', 'none'],
			type: ['shelling', 'drone strike'],
			source: '000_b2d1',
			episode: '2022-09-12-border-clashes',
			q: 'Jermuk',
			incident: '2022-09-13-jermuk'
		});
	});

	test('dates are local (UTC+4) days: from is the start of its day, to the end of its day', () => {
		const { from, to } = parse('from=2022-09-13&to=2022-09-13');
		expect(new Date(from!).toISOString()).toBe('2022-09-12T20:00:00.000Z');
		expect(new Date(to!).toISOString()).toBe('2022-09-13T20:00:00.000Z');
	});

	test('a time of day narrows the range to hours', () => {
		const { from, to } = parse('from=2022-09-13T01:00&to=2022-09-13T03:30');
		expect(to! - from!).toBe(2.5 * 3_600_000);
		expect(new Date(from!).toISOString()).toBe('2022-09-12T21:00:00.000Z');
	});

	test.each([
		['from=yesterday', 'a word'],
		['from=2022-02-30', 'a day that does not exist'],
		['from=2022-13-01', 'month 13'],
		['from=2022-09-13T25:00', 'hour 25'],
		['from=22-09-13', 'a two-digit year'],
		['from=2022-09-13&from=garbage', 'the first of repeated keys is used'],
		['from=0099-01-01', 'a year out of range']
	])('ignores a malformed date: %s (%s)', (qs) => {
		const { from } = parse(qs);
		expect(from === null || new Date(from).toISOString() === '2022-09-12T20:00:00.000Z').toBe(true);
	});

	test('a reversed range is ignored as a whole', () => {
		expect(parse('from=2022-09-14&to=2022-09-12')).toMatchObject({ from: null, to: null });
	});

	test('unknown list items are dropped, duplicates removed, the canonical order kept', () => {
		expect(parse('claimant=media,XX,AM,AM,,am').claimant).toEqual(['AM', 'media']);
		expect(parse('accused=nobody').accused).toEqual([]);
		expect(parse('type=shelling,nuclear').type).toEqual(['shelling']);
	});

	test('ids with characters outside [A-Za-z0-9_.-] are ignored', () => {
		expect(parse('incident=../../etc/passwd').incident).toBeNull();
		expect(parse('source=<script>').source).toBeNull();
		expect(parse('episode=a/b').episode).toBeNull();
		expect(parse('episode=').episode).toBeNull();
		expect(parse(`incident=${'a'.repeat(201)}`).incident).toBeNull();
	});

	test('free text is trimmed, its spaces collapsed and its length capped', () => {
		expect(parse('q=%20%20Goris%20%20%20drone%20').q).toBe('Goris drone');
		expect(parse(`q=${'x'.repeat(500)}`).q).toHaveLength(200);
	});

	test('unknown keys are ignored', () => {
		expect(parse('zoom=3&side=north&embed=1')).toEqual(empty);
	});
});

describe('serializeUrlState', () => {
	test('round-trips a full state', () => {
		const qs =
			'from=2022-09-12&to=2022-09-13T03%3A00&claimant=AM%2Cthird-party&accused=none&type=armed+clash&source=s1&episode=e-2022&q=sotk&incident=i-1';
		const state = parse(qs);
		expect(parse(serializeUrlState(state).toString())).toEqual(state);
		expect(serializeUrlState(state).toString()).toBe(qs);
	});

	test('an episode alone gives ?episode=<id>, and no episode removes the key', () => {
		expect(serializeUrlState({ ...empty, episode: '2022-09-12-border-clashes' }).toString()).toBe('episode=2022-09-12-border-clashes');
		expect(serializeUrlState({ ...empty, episode: null }, new URLSearchParams('episode=x')).toString()).toBe('');
	});

	test('drops keys at their default and keeps keys the explorer does not own', () => {
		const out = serializeUrlState(empty, new URLSearchParams('embed=1&q=old&type=shelling'));
		expect(out.toString()).toBe('embed=1');
	});

	test('a range that ends at a local midnight is written as the previous day', () => {
		const state = { ...empty, from: Date.parse('2022-09-13T00:00+04:00'), to: Date.parse('2022-09-14T00:00+04:00') };
		expect(serializeUrlState(state).toString()).toBe('from=2022-09-13&to=2022-09-13');
	});
});

describe('map hash', () => {
	test('reads #zoom/lat/lng', () => {
		expect(parseHash('#9.5/39.84/45.67')).toEqual({ zoom: 9.5, lat: 39.84, lng: 45.67 });
	});

	test.each(['', '#', '#7/40', '#a/b/c', '#7/91/45', '#7/40/181', '#-1/40/45', '#30/40/45', '#7/40/45e3', '#7//45'])(
		'ignores the malformed hash %j',
		(hash) => {
			expect(parseHash(hash)).toBeNull();
		}
	);

	test('tolerates MapLibre’s extra bearing and pitch', () => {
		expect(parseHash('#8/40/45/30/60')).toEqual({ zoom: 8, lat: 40, lng: 45 });
	});

	test('writes as many decimals as the zoom needs and round-trips', () => {
		const view = { zoom: 7.123, lat: 40.123456789, lng: 45.987654321 };
		const hash = serializeHash(view);
		expect(hash).toBe('#7.12/40.123/45.988');
		expect(parseHash(hash)).toEqual({ zoom: 7.12, lat: 40.123, lng: 45.988 });
	});
});
