import { describe, expect, test } from 'vitest';
import { fitText, previewSvg, textWidth } from './site-map-svg';
import type { SiteMap } from '$lib/types';

const map = (sites: SiteMap['sites']): SiteMap => ({ width: 1200, height: 430, land: [], borders: '', sites }) as unknown as SiteMap;
const texts = (svg: string) =>
	[...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ x: +m[1], y: +m[2], size: +m[3], anchor: /text-anchor="end"/.test(m[4]) ? 'end' : 'start', text: m[5] }));
/** Horizontal extent of a text, as the layout estimates it. */
const span = (t: ReturnType<typeof texts>[number]) => {
	const w = textWidth(t.text, t.size);
	return t.anchor === 'end' ? [t.x - w, t.x] : [t.x, t.x + w];
};

describe('fitText', () => {
	test('short text keeps its size', () => {
		expect(fitText({ text: '5–11 September 2022', width: 600, size: 26 })).toEqual({ text: '5–11 September 2022', size: 26 });
	});
	test('longer text shrinks, and is cut only below the smallest size', () => {
		const shrunk = fitText({ text: 'x'.repeat(50), width: 600, size: 26, min: 18 });
		expect(shrunk.text).toBe('x'.repeat(50));
		expect(textWidth(shrunk.text, shrunk.size)).toBeLessThanOrEqual(600);
		const cut = fitText({ text: 'x'.repeat(200), width: 600, size: 26, min: 18 });
		expect(cut.size).toBe(18);
		expect(cut.text.endsWith('…')).toBe(true);
		expect(textWidth(cut.text, cut.size)).toBeLessThanOrEqual(600);
	});
});

describe('previewSvg', () => {
	test('a long date and the website name never overlap: the name gives way', () => {
		for (const date of ['13 September 2022', '13 September 2022, 00:05 (UTC+4) · territorial control', `${'very long date '.repeat(8)}· shelling`]) {
			const svg = previewSvg({ map: map([]), title: 'Shelling: Goris', date, site: 'Armenia–Azerbaijan Border Incident Map', place: 'Goris' });
			const bottom = texts(svg).filter((t) => t.y === 430 + 200 - 28);
			const spans = bottom.map(span).sort((a, b) => a[0] - b[0]);
			for (let i = 1; i < spans.length; i++) expect(spans[i][0], date).toBeGreaterThan(spans[i - 1][1]);
			for (const [a, b] of spans) expect(a >= 48 && b <= 1200 - 48, date).toBe(true);
		}
	});
	test('a long title wraps to two lines inside the card', () => {
		const svg = previewSvg({ map: map([]), title: 'Territorial control: Armenia–Azerbaijan border / Ermənistan–Azərbaycan sərhədi and more words', date: '2022', site: 'Site' });
		const title = texts(svg).filter((t) => t.size >= 34);
		expect(title.length).toBe(2);
		for (const t of title) expect(span(t)[1]).toBeLessThanOrEqual(1200 - 48);
	});
	test('the place that names the incident is labelled on the map when no label sits beside its dot', () => {
		const svg = previewSvg({ map: map([]), title: 'Armed clash: Lachin corridor', date: 'August 2022', site: 'Site', place: 'Lachin corridor' });
		expect(svg).toContain('data-place="true">Lachin corridor</text>');
		const labelled = previewSvg({
			map: map([{ id: 'goris', name: 'Goris', x: 600, y: 200, precision: 'exact', label: { x: 620, y: 210, anchor: 'start' } }]),
			title: 'Shelling: Goris', date: '13 September 2022', site: 'Site', place: 'Goris'
		});
		expect(labelled).not.toContain('data-place');
		expect(labelled).toContain('>Goris</text>');
	});
});
