// Safe to host (issue 12, item 5): every kind of page carries the Content-Security-Policy of
// svelte.config.js and works under it: the explorer with its map and worker, the filters, the document
// pages and the search. A blocked script, style, worker or fetch fails the test.
import type { Page } from '@playwright/test';
import type { IncidentCollection } from '../src/lib/types';
import { expect, test, waitForMap } from './fixtures';

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test('the explorer and its map work under the Content-Security-Policy', async ({ page }) => {
	await watchViolations(page);
	const res = await page.goto('/?type=shelling');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'/);
	expect(csp).toContain("connect-src 'self'");
	expect(csp).not.toMatch(/https?:\/\//);
	expect(res?.status()).toBe(200);
	await waitForMap(page);
	expect(await page.evaluate(() => window.__map!.querySourceFeatures('incidents').length), 'the worker tiled the incidents').toBeGreaterThan(0);
	// Open an incident from the list: the panel renders, the URL changes.
	await page.locator('.sidebar ol button').first().click();
	await expect(page).toHaveURL(/[?&]incident=/);
	await page.getByRole('searchbox').first().fill('Jermuk');
	await page.waitForLoadState('networkidle');
	expect(await violations(page)).toEqual([]);
});

test('every kind of document page works under the Content-Security-Policy', async ({ page, request }) => {
	await watchViolations(page);
	const { features } = (await (await request.get('/data/incidents.geojson')).json()) as IncidentCollection;
	const { episodes } = (await (await request.get('/data/episodes.json')).json()) as { episodes: { id: string }[] };
	const p = features[0].properties;
	const paths = ['/incidents', new URL(p.url).pathname, '/episodes', `/episodes/${episodes[0].id}`, '/places', `/places/${p.site.id}`, `/sources/${p.sources[0].source}`, '/404'];
	for (const path of paths) {
		await page.goto(path);
		await expect(page.locator('meta[http-equiv="content-security-policy"]'), path).toHaveCount(1);
		await expect(page.locator('main h1').first(), path).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(await violations(page), path).toEqual([]);
	}
	// The places search filters as you type (the page's script runs).
	await page.goto('/places');
	const rows = page.locator('main tbody tr');
	const before = await rows.count();
	expect(before).toBeGreaterThan(1);
	await page.getByRole('searchbox').first().fill('Sotk');
	await expect.poll(() => rows.count()).toBeLessThan(before);
	expect(await violations(page)).toEqual([]);
});
