import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../tests/csv';
import { CSV_COLUMNS, exportFileName, filterFromSearchParams, incidentsToCsv, incidentsToGeoJson, pickIncidents } from './export';
import { BORDER, incidentFeature } from './test-fixtures';

const incident = incidentFeature;

const all = [incident('2022-09-13-goris'), incident('2022-09-13-sotk', { kind: 'drone strike' }), incident('2022-08-border', { site: BORDER })];

describe('incidentsToCsv', () => {
	test('a filtered list gives exactly its rows, in its order, after the header', () => {
		const rows = parseCsv(incidentsToCsv(pickIncidents(all, ['2022-08-border', '2022-09-13-goris'])));
		expect(rows).toHaveLength(3);
		expect(rows.slice(1).map((r) => r[0])).toEqual(['2022-08-border', '2022-09-13-goris']);
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

	test('an area incident leaves lat and lon empty and says it is an area', () => {
		const [header, row] = parseCsv(incidentsToCsv([all[2]]));
		const cell = (c: string) => row[header.indexOf(c)];
		expect([cell('lat'), cell('lon'), cell('site_area'), cell('site_id'), cell('site_precision')]).toEqual(['', '', 'true', 'armenia-azerbaijan-border', 'area']);
	});

	test('the header is the documented list of columns', () => {
		expect(parseCsv(incidentsToCsv([]))[0].join(', ')).toBe(
			'id, episode, title, kind, date_start, date_end, time_precision, site_id, site_name, site_precision, site_area, lat, lon, claimants, accused, denied_by, sources_count, fatalities_min_AM, fatalities_max_AM, fatalities_min_AZ, fatalities_max_AZ, claims, sources, disagreements, summary, url'
		);
	});

	test('fatalities are per side as reported; a side without a figure stays empty', () => {
		const f = incident('x', { fatalities_min: { AM: 49, AZ: null, unspecified: null }, fatalities_max: { AM: 105, AZ: null, unspecified: 3 }, denied_by: ['AZ'], sources_count: 4 });
		const [header, row] = parseCsv(incidentsToCsv([f]));
		const cell = (c: string) => row[header.indexOf(c)];
		expect([cell('fatalities_min_AM'), cell('fatalities_max_AM'), cell('fatalities_min_AZ'), cell('fatalities_max_AZ')]).toEqual(['49', '105', '', '']);
		expect([cell('denied_by'), cell('sources_count')]).toEqual(['AZ', '4']);
	});

	test('text that would run as a spreadsheet formula is defused', () => {
		const [header, row] = parseCsv(incidentsToCsv([incident('x', { title: '=HYPERLINK("http://x")', summary: '+1 killed', disagreements: ['@cmd'] })]));
		expect([row[header.indexOf('title')], row[header.indexOf('summary')], row[header.indexOf('disagreements')]]).toEqual(["'=HYPERLINK(\"http://x\")", "'+1 killed", "'@cmd"]);
	});
});

describe('incidentsToGeoJson', () => {
	test('the features are the full records, with the page link made absolute', () => {
		const fc = incidentsToGeoJson(pickIncidents(all, ['2022-09-13-sotk']));
		const url = `http://localhost:4173${all[1].properties.url}`;
		expect(fc).toEqual({ type: 'FeatureCollection', schema_version: 2, features: [{ ...all[1], properties: { ...all[1].properties, url } }] });
	});
	test('a record read back from the export keeps its absolute link as it is', () => {
		const once = incidentsToGeoJson(pickIncidents(all, ['2022-09-13-sotk']));
		expect(incidentsToGeoJson(once.features)).toEqual(once);
	});
	test('the CSV url column is absolute too', () => {
		const [header, row] = parseCsv(incidentsToCsv(pickIncidents(all, ['2022-09-13-sotk'])));
		expect(row[header.indexOf('url')]).toBe(`http://localhost:4173${all[1].properties.url}`);
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

	test('an episode filter is named in the file name', () => {
		expect(exportFileName({ filter: new URLSearchParams('episode=2022-09-12-border-clashes&claimant=AM'), ext: 'csv' })).toBe('incidents_episode-2022-09-12-border-clashes_claimant-AM.csv');
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
