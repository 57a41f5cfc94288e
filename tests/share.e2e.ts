// Share and cite (issue 5): incident pages, passage links, link previews, hostile article text,
// export of a filtered view, the 404 page. Every id comes from the site's own /data/incidents.geojson.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { APIRequestContext } from '@playwright/test';
import type { AreaCollection } from '../src/lib/site-types';
import type { Gazetteer, IncidentCollection, IncidentFeature } from '../src/lib/types';
import { parseCsv } from './csv';
import { expect, test } from './fixtures';

const HOSTILE = 'zz_hostile_markup';

async function incidents(request: APIRequestContext): Promise<IncidentFeature[]> {
	const res = await request.get('/data/incidents.geojson');
	expect(res.status()).toBe(200);
	const { features, schema_version } = (await res.json()) as IncidentCollection;
	expect(schema_version).toBe(2);
	expect(features.length, 'the export has incidents').toBeGreaterThan(0);
	// The export's `url` is absolute (VITE_SITE_URL); the pages are visited on the test server.
	for (const f of features) expect(f.properties.url, 'an absolute URL').toMatch(/^https?:\/\/[^/]+\/incidents\//);
	return features.map((f) => ({ ...f, properties: { ...f.properties, url: new URL(f.properties.url).pathname } }));
}

async function shapedAreas(request: APIRequestContext): Promise<Set<string>> {
	const areas = (await (await request.get('/data/areas.geojson')).json()) as AreaCollection;
	return new Set(areas.features.map((f) => f.properties.id));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
	expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every incident has a page that answers 200 and carries its quotes, its one site and its sources', async ({ page, request }) => {
		const shaped = await shapedAreas(request);
		for (const { properties: p } of await incidents(request)) {
			const res = await page.goto(p.url);
			expect(res?.status(), p.url).toBe(200);
			// Read the page once, then compare (one round trip per page keeps this fast).
			const seen = await page.evaluate(() => {
				const paths = (selector: string) => [...document.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => new URL(a.href).pathname + new URL(a.href).hash);
				return {
					title: document.querySelector('h1')?.textContent,
					quotes: [...document.querySelectorAll('.claim .quote')].map((q) => q.textContent),
					places: [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="site"] a[href*="/places/"]')].map((a) => [new URL(a.href).pathname, a.textContent]),
					sources: paths('.sources a'),
					map: !!document.querySelector('figure.site-map svg path.land'),
					dots: document.querySelectorAll('figure.site-map circle.site').length,
					shapes: document.querySelectorAll('figure.site-map [data-area]').length,
					count: document.querySelector('[data-testid="sources-count"]')?.textContent,
					citation: document.querySelector('[data-testid="citation"]')?.textContent
				};
			});
			expect(seen.title).toBe(p.title);
			expect(new Set(seen.quotes), `quotes of ${p.id}`).toEqual(new Set(p.claims.map((c) => c.quote)));
			expect(seen.places).toEqual([[`/places/${p.site.id}`, p.site.name]]);
			expect(seen.sources).toEqual([...new Set(p.sources.map((x) => `/sources/${x.source}#p-${x.start}-${x.end}`))]);
			// A point site is a dot or ring; an area is its shape, or no map at all, never a point.
			expect(seen.map).toBe(!p.site.area || shaped.has(p.site.id));
			expect(seen.dots, `${p.id}: dots`).toBe(p.site.area ? 0 : 1);
			expect(seen.shapes, `${p.id}: shapes`).toBe(p.site.area && shaped.has(p.site.id) ? 1 : 0);
			expect(seen.count).toContain(String(p.sources_count));
			expect(seen.citation).toContain(p.url);
		}
	});

	test('every incident has Open Graph and Twitter meta and a 1200×630 PNG preview', async ({ page, request }) => {
		for (const { properties: p } of await incidents(request)) {
			await page.goto(p.url);
			const meta = await page.evaluate(() =>
				Object.fromEntries(
					[...document.head.querySelectorAll('meta[property], meta[name], link[rel="canonical"]')].map((m) => [
						m.getAttribute('property') ?? m.getAttribute('name') ?? 'canonical',
						m.getAttribute('content') ?? m.getAttribute('href')
					])
				)
			);
			expect(meta['og:title']).toBe(p.title);
			expect(meta['og:description']).toBeTruthy();
			expect(meta['description']).toBeTruthy();
			expect(meta['twitter:card']).toBe('summary_large_image');
			expect(new URL(meta['og:url']!).pathname).toBe(p.url);
			expect(new URL(meta['canonical']!).pathname).toBe(p.url);
			expect(await page.title()).toContain(p.title);
			const image = new URL(meta['og:image']!);
			expect(image.pathname).toBe(`${p.url}/preview.png`);
			expect(meta['twitter:image']).toBe(meta['og:image']);
			const res = await request.get(image.pathname);
			expect(res.status(), image.pathname).toBe(200);
			expect(res.headers()['content-type']).toBe('image/png');
			expect(pngSize(await res.body())).toEqual([1200, 630]);
		}
	});

	test('an unknown incident id gets the 404 page, leading back to the map and to a search', async ({ page, guard }) => {
		for (const path of ['/incidents/2000-01-01-nowhere', '/incidents/Not_A_Slug']) {
			const res = await page.goto(path);
			expect(res?.status(), path).toBe(404);
			const notFound = page.getByTestId('not-found');
			await expect(notFound).toBeVisible();
			expect(await notFound.getByRole('link', { name: 'Back to the map' }).evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe('/');
			await expect(notFound.getByRole('searchbox')).toBeVisible();
		}
		// The browser logs the 404 response itself as a console error: that one is the point here.
		guard.errors = guard.errors.filter((e) => !e.includes('status of 404'));
	});

	test('static hosts get a prerendered /404 page', async ({ request }) => {
		const res = await request.get('/404');
		expect(res.status()).toBe(200);
		expect(await res.text()).toContain('data-testid="not-found"');
	});
});

test('every passage link lands on a highlighted passage whose text equals the quote', async ({ page, request }) => {
	const byArticle = new Map<string, Map<string, string>>();
	for (const { properties: p } of await incidents(request)) {
		for (const ref of [...p.claims, ...p.sources]) {
			const anchors = byArticle.get(ref.source) ?? new Map<string, string>();
			anchors.set(`p-${ref.start}-${ref.end}`, ref.quote);
			byArticle.set(ref.source, anchors);
		}
	}
	for (const [article, anchors] of byArticle) {
		const [first] = anchors.keys();
		// The first passage by loading the page with its link: it scrolls into view and is marked.
		await page.goto(`/sources/${article}#${first}`);
		const target = page.locator(':target');
		await expect(target, `${article}#${first}`).toHaveAttribute('id', first);
		await expect(target).toBeInViewport();
		// Every passage by following its fragment within the page (fast: one round trip per article).
		const seen = await page.evaluate((ids) => {
			const plain = getComputedStyle(document.querySelector('.article-text')!).backgroundColor;
			return ids.map((id) => {
				location.hash = id;
				const el = document.querySelector(':target');
				const link = el?.nextElementSibling as HTMLAnchorElement | null;
				return {
					id: el?.id,
					passage: el?.classList.contains('passage'),
					text: el?.textContent,
					marked: !!el && getComputedStyle(el).backgroundColor !== plain,
					link: link ? new URL(link.href).pathname : null
				};
			});
		}, [...anchors.keys()]);
		expect(seen).toEqual(
			[...anchors].map(([id, quote]) => ({ id, passage: true, text: quote, marked: true, link: expect.stringMatching(/^\/(incidents|episodes)\//) }))
		);
	}
});

test('markup in an article shows as text in the reader and on incident pages, and never runs', async ({ page, request }) => {
	const reader = await request.get(`/sources/${HOSTILE}`);
	expect(reader.status(), `the test build reads tests/fixtures/articles (ARTICLES_DIR in playwright.config.ts)`).toBe(200);
	const dialogs: string[] = [];
	page.on('dialog', async (d) => {
		dialogs.push(d.message());
		await d.dismiss();
	});

	await page.goto(`/sources/${HOSTILE}`);
	const text = page.getByTestId('article-text');
	await expect(text).toContainText('<script>alert(1)</script>');
	await expect(text).toContainText('<img src=x onerror=alert(1)>');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror=alert(1)>');
	await expect(page.locator('img[src="x"], [data-testid="article-text"] script, [onerror], [onmouseover]')).toHaveCount(0);
	await text.locator('mark').first().hover();

	const hostileIncidents = (await incidents(request)).filter((f) => f.properties.sources.some((s) => s.source === HOSTILE));
	expect(hostileIncidents.length, 'the fixture article feeds an incident').toBeGreaterThan(0);
	for (const { properties: p } of hostileIncidents) {
		await page.goto(p.url);
		const quote = p.claims.find((c) => c.source === HOSTILE)!.quote;
		expect(await page.locator('.claim .quote').filter({ hasText: quote }).count()).toBeGreaterThan(0);
		await expect(page.locator('img[src="x"], main script, [onerror]')).toHaveCount(0);
	}
	await page.waitForTimeout(300);
	expect(dialogs, 'no alert() ran').toEqual([]);
});

test('a downloaded CSV and GeoJSON of a filtered view have exactly the rows of the list', async ({ page, request }) => {
	const all = await incidents(request);
	// A query that keeps some incidents but not all (the first incident's first place, else its type).
	const first = all[0].properties;
	const q = first.site.name;
	await page.goto(`/incidents?q=${encodeURIComponent(q)}`);
	await expect(page.getByTestId('count')).toContainText(`of ${all.length} incidents`);
	const listed = await page.locator('[data-testid="incident-list"] li[data-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
	expect(listed.length).toBeGreaterThan(0);
	expect(listed).toContain(first.id);
	if (all.length > 2) expect(listed.length, `?q=${q} filters the list`).toBeLessThan(all.length);

	const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
	const name = `incidents_q-${q.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`; // exportFileName, unit-tested in src/lib/export.test.ts
	expect(csvDownload.suggestedFilename()).toBe(`${name}.csv`);
	const rows = parseCsv(await readFile((await csvDownload.path())!, 'utf8'));
	const full = parseCsv(await (await request.get('/data/incidents.csv')).text());
	expect(rows[0], 'the same columns as the full export').toEqual(full[0]);
	expect(rows.slice(1).map((r) => r[0])).toEqual(listed);
	expect(rows.slice(1), 'the same rows as the full export').toEqual(full.filter((r) => listed.includes(r[0])).sort((a, b) => listed.indexOf(a[0]) - listed.indexOf(b[0])));

	const [geoDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GeoJSON' }).click()]);
	expect(geoDownload.suggestedFilename()).toBe(`${name}.geojson`);
	const fc = JSON.parse(await readFile((await geoDownload.path())!, 'utf8')) as IncidentCollection;
	expect(fc.features.map((f) => f.properties.id)).toEqual(listed);
	// The full records, with the page link absolute as in /data/incidents.geojson (the helper above made it a path).
	const absolute = (f: IncidentFeature) => ({ ...f, properties: { ...f.properties, url: new URL(f.properties.url, fc.features[0].properties.url).href } });
	expect(fc.features).toEqual(listed.map((id) => absolute(all.find((f) => f.properties.id === id)!)));
});

test('Copy link puts the incident URL on the clipboard', async ({ page, context, request }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const { properties: p } = (await incidents(request))[0];
	await page.goto(p.url);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
	expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(p.url);
});

test('the place list filters as you type and keeps the query in the URL', async ({ page, request }) => {
	// Typed as a reader would: the gazetteer name of the first incident's site (its label may carry both sides' names).
	const id = (await incidents(request))[0].properties.site.id;
	const place = ((await (await request.get('/data/gazetteer.json')).json()) as Gazetteer).places.find((x) => x.id === id)!;
	await page.goto('/places');
	const total = Number((await page.getByTestId('count').textContent())!.match(/of (\d+)/)![1]);
	await page.getByRole('searchbox', { name: 'Search places' }).fill(place.name);
	await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(place.name).replace(/%20/g, '(\\+|%20)')}`));
	await expect(page.getByRole('link', { name: place.name, exact: false }).first()).toBeVisible();
	const shown = Number((await page.getByTestId('count').textContent())!.match(/^(\d+)/)![1]);
	expect(shown).toBeGreaterThan(0);
	expect(shown).toBeLessThanOrEqual(total);
	await page.goto(`/places?q=${encodeURIComponent(place.name)}`);
	await expect(page.getByRole('searchbox', { name: 'Search places' })).toHaveValue(place.name);
});

test('the incident, episode, source, place and list pages have no axe violations', async ({ page, request }) => {
	test.slow();
	const { properties: p } = (await incidents(request))[0];
	// One of each kind of page (axe is slow on a busy machine; the pages of a kind share their markup).
	for (const path of [p.url, `/episodes/${p.episode}`, `/sources/${p.sources[0].source}`, `/places/${p.site.id}`, '/incidents', '/episodes']) {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
	}
});
