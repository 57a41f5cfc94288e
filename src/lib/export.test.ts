import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../tests/csv';
import { CSV_COLUMNS, exportFileName, filterFromSearchParams, incidentsToCsv, incidentsToGeoJson, pickIncidents } from './export';
import type { IncidentFeature } from './types';

function incident(id: string, extra: Partial<IncidentFeature['properties']> = {}): IncidentFeature {
	return {
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [46.34, 39.51] },
		properties: {
			id, title: `Title of ${id}`, summary: 'A summary, with a comma', type: 'shelling',
			date_start: '2022-09-13T00:05:00+04:00', date_end: '2022-09-13T00:05:00+04:00', date_precision: 'minute',
			claimants: ['AM'], accused: ['AZ'], places: [{ id: 'goris', name: 'Goris', lat: 39.51, lon: 46.34, precision: 'direction' }],
			claims: [], sources: [{ source: 'a1', title: null, start: 3, end: 20, quote: 'He said “fire”,\nthen "more".' }],
			disagreements: [], url: `/incidents/${id}`, ...extra
		}
	};
}

const all = [incident('2022-09-13-goris'), incident('2022-09-13-sotk', { type: 'drone strike' }), incident('2022-08-lachin', { places: [] })];

describe('incidentsToCsv', () => {
	test('a filtered list gives exactly its rows, in its order, after the header', () => {
		const rows = parseCsv(incidentsToCsv(pickIncidents(all, ['2022-08-lachin', '2022-09-13-goris'])));
		expect(rows).toHaveLength(3);
		expect(rows.slice(1).map((r) => r[0])).toEqual(['2022-08-lachin', '2022-09-13-goris']);
	});

	test('an empty list gives the header alone', () => {
		expect(parseCsv(incidentsToCsv([]))).toEqual([[...CSV_COLUMNS]]);
	});

	test('commas, quotes and line breaks survive a round trip', () => {
		const [header, row] = parseCsv(incidentsToCsv([incident('x', { title: 'He said “fire”,\nthen "more".', summary: 'A summary, with a comma' })]));
		expect(row[header.indexOf('title')]).toBe('He said “fire”,\nthen "more".');
		expect(row[header.indexOf('summary')]).toBe('A summary, with a comma');
	});

	test('every row has as many fields as the header', () => {
		const rows = parseCsv(incidentsToCsv(all));
		expect(new Set(rows.map((r) => r.length))).toEqual(new Set([rows[0].length]));
	});

	test('an incident without places leaves lat and lon empty', () => {
		const [header, row] = parseCsv(incidentsToCsv([all[2]]));
		expect([row[header.indexOf('lat')], row[header.indexOf('lon')]]).toEqual(['', '']);
	});
});

describe('incidentsToGeoJson', () => {
	test('the features are the full records, unchanged', () => {
		const fc = incidentsToGeoJson(pickIncidents(all, ['2022-09-13-sotk']));
		expect(fc).toEqual({ type: 'FeatureCollection', features: [all[1]] });
	});
});

describe('pickIncidents', () => {
	test('ids the data lacks are skipped', () => {
		expect(pickIncidents(all, ['nope', '2022-09-13-sotk']).map((f) => f.properties.id)).toEqual(['2022-09-13-sotk']);
	});
});

describe('exportFileName', () => {
	test('the file name says the dates, sides and kinds of the filter', () => {
		expect(exportFileName({ filter: { from: '2022-09-12', to: '2022-09-13', claimant: ['AM'], type: ['shelling'] }, ext: 'csv' })).toBe(
			'incidents_2022-09-12_2022-09-13_claimant-AM_type-shelling.csv'
		);
	});

	test('no filter gives incidents_all', () => {
		expect(exportFileName({ filter: {}, ext: 'geojson' })).toBe('incidents_all.geojson');
	});

	test('the explorer query string gives the same name as its filter', () => {
		const params = new URLSearchParams('from=2022-09-12&to=2022-09-13&claimant=AM,AZ&accused=AZ&type=drone strike&source=002_8cf&q=Goris Jermuk&incident=x&zoom=3');
		expect(exportFileName({ filter: params, ext: 'csv' })).toBe(
			'incidents_2022-09-12_2022-09-13_claimant-AM+AZ_accused-AZ_type-drone-strike_source-002-8cf_q-Goris-Jermuk.csv'
		);
		expect(filterFromSearchParams(params).claimant).toEqual(['AM', 'AZ']);
	});

	test('epoch bounds read as UTC+4 days, the end being exclusive', () => {
		const from = Date.parse('2022-09-12T00:00:00+04:00');
		const to = Date.parse('2022-09-14T00:00:00+04:00');
		expect(exportFileName({ filter: { from, to }, ext: 'csv' })).toBe('incidents_2022-09-12_2022-09-13.csv');
	});

	test('a bound with a time keeps hours and minutes', () => {
		expect(exportFileName({ filter: { from: Date.parse('2022-09-13T02:30:00+04:00') }, ext: 'csv' })).toBe('incidents_from-2022-09-13T0230.csv');
	});

	test('malformed dates and markup in the query never reach the file name', () => {
		expect(exportFileName({ filter: { from: 'yesterday', to: '2022-13', q: '<script>/../x' }, ext: 'csv' })).toBe('incidents_q-script-x.csv');
	});

	test('a long query is cut', () => {
		expect(exportFileName({ filter: { q: 'word '.repeat(50) }, ext: 'csv' }).length).toBeLessThan(60);
	});
});
