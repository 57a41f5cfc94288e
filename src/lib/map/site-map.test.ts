import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { placeLabels, siteMap } from './site-map';
import type { AreaFeature } from '$lib/site-types';
import type { SiteMap } from '$lib/types';

const land = JSON.parse(readFileSync('static/basemap/land.geojson', 'utf8'));
const goris = { id: 'goris', name: 'Goris', lat: 39.5111, lon: 46.3386 };
const kapan = { id: 'kapan', name: 'Kapan', lat: 39.2075, lon: 46.4058 };

type Box = [number, number, number, number];
const labelBox = (s: SiteMap['sites'][number], size: number): Box => {
	const w = s.name.length * size * 0.56;
	const x0 = s.label!.anchor === 'start' ? s.label!.x : s.label!.anchor === 'end' ? s.label!.x - w : s.label!.x - w / 2;
	return [x0, s.label!.y - size, x0 + w, s.label!.y + size * 0.1];
};
const overlap = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

describe('siteMap', () => {
	test('an area is framed and drawn as its shape, with no site dot', () => {
		const line: AreaFeature = {
			type: 'Feature',
			properties: { id: 'armenia-azerbaijan-border', name: 'Armenia–Azerbaijan border', kind: 'region', shape: 'line', made_from: 'test' },
			geometry: { type: 'LineString', coordinates: [[45.0, 41.0], [46.5, 39.0]] }
		};
		const map = siteMap({ land, sites: [], shapes: [line], width: 600, height: 300 });
		expect(map.sites).toEqual([]);
		expect(map.areas).toEqual([{ id: line.properties.id, name: line.properties.name, shape: 'line', d: expect.stringMatching(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/) }]);
		expect(map.bbox[0]).toBeLessThanOrEqual(45.0);
		expect(map.bbox[2]).toBeGreaterThanOrEqual(46.5);
	});

	test('the basemap’s region is given in pixels, so that beyond it is not drawn as water', () => {
		const map = siteMap({ land, sites: [goris], width: 600, height: 300, minSpan: 12, region: [42.6, 37.6, 50.6, 42.4] });
		const [x0, y0, x1, y1] = map.region!;
		expect(x0).toBeGreaterThan(0);
		expect(x1).toBeLessThan(600);
		expect(y0).toBeLessThan(y1);
	});

	test('a map with neither sites nor shapes is refused', () => {
		expect(() => siteMap({ land, sites: [], width: 600, height: 300 })).toThrow(/at least one site or shape/);
	});

	test('one site sits in the middle of the frame, with land and borders around it', () => {
		const map = siteMap({ land, sites: [goris], width: 600, height: 300 });
		expect(map.sites[0]).toMatchObject({ x: 300, y: 150, precision: 'exact' });
		expect(map.land.map((l) => l.a3).sort()).toEqual(expect.arrayContaining(['ARM', 'AZE']));
		expect(map.borders).toMatch(/^M-?[\d.]+ -?[\d.]+L/);
		expect(map.bbox[0]).toBeLessThan(goris.lon);
		expect(map.bbox[2]).toBeGreaterThan(goris.lon);
	});

	test('every site falls inside the padded frame', () => {
		const map = siteMap({ land, sites: [goris, kapan, { id: 'yerevan', name: 'Yerevan', lat: 40.18, lon: 44.51 }], width: 640, height: 340, padding: 30 });
		for (const s of map.sites) {
			expect(s.x).toBeGreaterThanOrEqual(29.9);
			expect(s.x).toBeLessThanOrEqual(610.1);
			expect(s.y).toBeGreaterThanOrEqual(29.9);
			expect(s.y).toBeLessThanOrEqual(310.1);
		}
	});

	test('a site far from the basemap gives a map without land', () => {
		expect(siteMap({ land, sites: [{ id: 'brussels', name: 'Brussels', lat: 50.85, lon: 4.35 }], width: 300, height: 200 }).land).toEqual([]);
	});

	test('no sites is an error', () => {
		expect(() => siteMap({ land, sites: [], width: 300, height: 200 })).toThrow('at least one site');
	});
});

describe('placeLabels', () => {
	test('names of sites close together never overlap', () => {
		const sites = Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, name: `Place ${i}`, x: 200 + (i % 3) * 12, y: 100 + i * 9, precision: 'exact' as const, label: null }));
		const placed = placeLabels(sites, { width: 400, height: 300, size: 14 }).filter((s) => s.label);
		expect(placed.length).toBeGreaterThan(1);
		const boxes = placed.map((s) => labelBox(s, 14));
		for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
	});

	test('a name that would leave the map on the right goes to the left', () => {
		const [s] = placeLabels([{ id: 'a', name: 'Eastern place', x: 390, y: 100, precision: 'exact', label: null }], { width: 400, height: 200, size: 14 });
		expect(s.label?.anchor).toBe('end');
	});
});
