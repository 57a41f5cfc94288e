// Sharing and citing (issue 11, items 4–8): the panel's links at its top, claims grouped by side with
// "show all", link previews that name outlets in under 200 characters, the citation's data date, and
// exports with absolute links. Every id comes from the site's own data.
import type { APIRequestContext } from '@playwright/test';
import { test, expect, waitForMap } from './fixtures';
import { parseCsv } from './csv';
import type { IncidentCollection, IncidentFeature } from '../src/lib/types';

const RAW_ID = /\b\d{3}_[0-9a-f]{16}\b/;

async function incidents(request: APIRequestContext): Promise<IncidentFeature[]> {
	return ((await (await request.get('/data/incidents.geojson')).json()) as IncidentCollection).features;
}

/** The incident whose one claimant says the most: the case "show all" is for. */
function longest(features: IncidentFeature[]): { feature: IncidentFeature; claimant: string; count: number } {
	let best = { feature: features[0], claimant: '', count: 0 };
	for (const f of features) {
		const by = new Map<string, number>();
		for (const c of f.properties.claims) if (!c.denial) by.set(c.claimant, (by.get(c.claimant) ?? 0) + 1);
		for (const [claimant, count] of by) if (count > best.count) best = { feature: f, claimant, count };
	}
	return best;
}

test('the incident panel opens with its page link and Copy link at the top, and long claim columns hide the rest behind Show all', async ({ page, request }) => {
	const { feature, claimant, count } = longest(await incidents(request));
	expect(count, 'some claimant makes more than four claims on one incident').toBeGreaterThan(4);
	const p = feature.properties;
	await page.goto(`/?incident=${encodeURIComponent(p.id)}`);
	await waitForMap(page);
	const panel = page.getByRole('dialog');
	const link = panel.getByTestId('panel-page-link');
	await expect(link).toHaveAttribute('href', new URL(p.url).pathname);
	await expect(panel.getByRole('button', { name: 'Copy link' })).toBeVisible();
	const column = panel.locator(`[data-claimant="${claimant}"]`);
	await expect(column.locator('details[data-testid="show-all"]')).toHaveCount(1);
	// The share line comes before the first "Read in source" link, and the hidden claims are not shown.
	const [shareY, firstReadY] = await Promise.all([link.boundingBox(), panel.getByRole('link', { name: /^Read in source/ }).first().boundingBox()]);
	expect(shareY!.y).toBeLessThan(firstReadY!.y);
	await expect(column.locator(':scope > article.claim:not(.denial)')).toHaveCount(3);
	await column.getByText(`Show all ${count} claims`).click();
	await expect(column.locator('article.claim:not(.denial)')).toHaveCount(count);
	for (const text of await panel.getByRole('link', { name: /^Read in source/ }).allTextContents()) expect(text).not.toMatch(RAW_ID);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('incident pages: og:description under 200 characters naming outlets, not ids; citation dated by the sources list; Show all works', async ({ page, request }) => {
		const features = await incidents(request);
		const { feature, claimant, count } = longest(features);
		for (const { properties: p } of features) {
			await page.goto(new URL(p.url).pathname);
			const description = (await page.locator('meta[property="og:description"]').getAttribute('content'))!;
			expect(description.length, p.id).toBeLessThan(200);
			expect(description, p.id).not.toMatch(RAW_ID);
			// The newest `published` in seeds/sources.json (and the test fixture's), not the 2023-05-31 date line of article 001.
			await expect(page.getByTestId('citation'), p.id).toContainText('data of 2022-09-13');
			const text = await page.locator('main, article').first().innerText();
			expect(text.replace(/\/sources\/\S+/g, ''), p.id).not.toMatch(RAW_ID);
		}
		await page.goto(new URL(feature.properties.url).pathname);
		const column = page.locator(`section[data-claimant="${claimant}"]`);
		await expect(column.locator(':scope > ul > li.claim:not(.denial)')).toHaveCount(3);
		await column.getByText(`Show all ${count} claims`).click();
		await expect(column.locator('li.claim:not(.denial)')).toHaveCount(count);
	});

	test('place pages name the articles that spell a place by outlet and title, never by raw id', async ({ page, request }) => {
		const p = (await incidents(request))[0].properties;
		await page.goto(`/places/${p.site.id}`);
		const spellings = page.locator('h2:has-text("Spellings in the sources") + ul');
		await expect(spellings).toBeVisible();
		expect(await spellings.innerText()).not.toMatch(RAW_ID);
	});
});

test('CSV and GeoJSON exports link to each page by an absolute URL', async ({ request }) => {
	const features = await incidents(request);
	for (const f of features) expect(f.properties.url).toMatch(/^https?:\/\/[^/]+\/incidents\/[\w-]+$/);
	const [header, ...rows] = parseCsv(await (await request.get('/data/incidents.csv')).text());
	const url = header.indexOf('url');
	expect(url).toBeGreaterThan(-1);
	for (const row of rows.filter((r) => r.length > 1)) expect(row[url]).toMatch(/^https?:\/\/[^/]+\/incidents\/[\w-]+$/);
});
