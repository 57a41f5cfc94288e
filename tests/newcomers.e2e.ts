// A site that newcomers find their way in (issue 11): the method page, the site menu, the sources
// index and the explorer's content without JavaScript. Expectations come from the served JSON.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { Episode, ExplorerData, IncidentCollection } from '../src/lib/types';

async function json<T>(page: Page, path: string): Promise<T> {
	const res = await page.request.get(path);
	expect(res.ok(), path).toBe(true);
	return (await res.json()) as T;
}

const METHOD_SECTIONS = ['claims', 'incidents', 'episodes', 'precision', 'sides', 'left-out', 'limits', 'cite', 'add-an-article'];

test.describe('the method page', () => {
	test('has a section for each part of the method, links the rejected list and has no axe violations', async ({ page }) => {
		const res = await page.goto('/about');
		expect(res?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the map is made');
		for (const id of METHOD_SECTIONS) await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
		for (const word of ['exact', 'near', 'direction', 'area', 'claimant', 'accused', 'denies']) {
			await expect(page.locator('#precision ~ dl dt, #sides ~ dl dt').getByText(word, { exact: true }).first(), word).toBeVisible();
		}
		const rejected = page.getByTestId('rejected-link');
		expect((await page.request.get((await rejected.getAttribute('href'))!)).ok()).toBe(true);
		await expect(page.locator('#cite ~ ul')).toContainText('CC BY 4.0');
		await expect(page.locator('#cite ~ ul')).toContainText('ODbL');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
	});

	test('the incident page, the episode page and the explorer panel link to the part of the method they use', async ({ page }) => {
		const data = await json<ExplorerData>(page, '/data/explorer.json');
		const incident = data.incidents[0];
		const { episodes } = await json<{ episodes: Episode[] }>(page, '/data/episodes.json');
		const cases: [string, string][] = [
			[`/incidents/${incident.id}`, '/about#incidents'],
			[episodes[0].url, '/about#episodes'],
			[`/?incident=${incident.id}`, '/about#incidents']
		];
		for (const [path, target] of cases) {
			await page.goto(path);
			const link = page.getByTestId('method-link');
			await expect(link, path).toHaveAttribute('href', target);
			await expect(link, path).toHaveText('How is this made?');
		}
		await page.getByTestId('method-link').click();
		await expect(page).toHaveURL(/\/about#incidents$/);
		await expect(page.locator('#incidents')).toBeInViewport();
	});
});

const MENU = { Map: '/', Incidents: '/incidents', Episodes: '/episodes', Places: '/places', Sources: '/sources', Method: '/about' };

test.describe('the site menu', () => {
	test('every kind of page, the map included, has the menu with each section', async ({ page }) => {
		const data = await json<ExplorerData>(page, '/data/explorer.json');
		const incident = data.incidents[0];
		const paths = ['/', '/about', '/sources', '/incidents', '/episodes', '/places', `/incidents/${incident.id}`, `/episodes/${incident.episode}`, `/places/${incident.site[3]}`, `/sources/${Object.keys(data.sources)[0]}`, '/404'];
		for (const path of paths) {
			await page.goto(path);
			const menu = page.getByRole('navigation', { name: 'Site' });
			for (const [name, href] of Object.entries(MENU)) await expect(menu.getByRole('link', { name, exact: true }), `${path}: ${name}`).toHaveAttribute('href', href);
		}
	});

	test('on a phone the menu fits the screen and leads to the method page', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		for (const path of ['/', '/incidents']) {
			await page.goto(path);
			const menu = page.getByRole('navigation', { name: 'Site' });
			await expect(menu).toBeVisible();
			const box = (await menu.boundingBox())!;
			expect(box.x, path).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, path).toBeLessThanOrEqual(360);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
		}
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Method' }).click();
		await expect(page).toHaveURL(/\/about$/);
		await expect(page.getByRole('link', { name: 'Method', exact: true })).toHaveAttribute('aria-current', 'page');
	});

	test('an embedded map has no menu', async ({ page }) => {
		await page.goto('/?embed=1');
		await expect(page.getByRole('link', { name: /open the full map/ })).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
	});
});

test('the sources index lists every article with its claims used and left out, as the served data counts them', async ({ page }) => {
	const data = await json<ExplorerData>(page, '/data/explorer.json');
	const geo = await json<IncidentCollection>(page, '/data/incidents.geojson');
	const { episodes } = await json<{ episodes: Episode[] }>(page, '/data/episodes.json');
	const rejected = await json<{ source: string }[]>(page, '/data/rejected.json');
	const used = new Map<string, Set<string>>();
	for (const c of [...geo.features.flatMap((f) => f.properties.claims), ...episodes.flatMap((e) => e.unplaced_claims)]) used.set(c.source, (used.get(c.source) ?? new Set()).add(c.id));
	const ids = Object.keys(data.sources);
	await page.goto('/sources');
	const rows = page.locator('[data-testid="source-table"] tbody tr');
	await expect(rows).toHaveCount(ids.length);
	for (const id of ids) {
		const row = page.locator(`[data-testid="source-table"] tbody tr[data-id="${id}"]`);
		await expect(row.getByTestId('used'), id).toHaveText(String(used.get(id)?.size ?? 0));
		await expect(row.getByTestId('rejected'), id).toHaveText(String(rejected.filter((r) => r.source === id).length));
		await expect(row.getByRole('link')).toHaveAttribute('href', `/sources/${id}`);
	}
	// Every cell says something: an unknown date or outlet reads "unknown".
	for (const cell of await rows.locator('td').allTextContents()) expect(cell.trim()).not.toBe('');
	await rows.first().getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`/sources/${ids[0]}$`));
	await page.goto('/sources');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
});

test.describe('the map page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every episode and incident with its date and site, each linking to its page, and hides the controls that need JavaScript', async ({ page }) => {
		const geo = await json<IncidentCollection>(page, '/data/incidents.geojson');
		const { episodes } = await json<{ episodes: Episode[] }>(page, '/data/episodes.json');
		await page.goto('/');
		const list = page.getByTestId('static-list');
		await expect(list).toBeVisible();
		for (const e of episodes) await expect(list.locator(`a[href="${e.url}"]`), e.id).toHaveText(e.title);
		for (const { properties: p } of geo.features) {
			const link = list.locator(`a[href="${new URL(p.url).pathname}"]`);
			await expect(link, p.id).toHaveText(p.title);
			// Its list item: title · date · site.
			await expect(link.locator('xpath=..'), p.id).toHaveText(new RegExp(`· .+ · .*${p.site.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
		}
		await expect(page.getByText('Loading incidents…')).toBeHidden();
		await expect(page.getByText('No incidents match these filters')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
		await list.locator(`a[href="${new URL(geo.features[0].properties.url).pathname}"]`).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(geo.features[0].properties.title);
	});
});

test('with JavaScript the plain list stays hidden behind the map', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('count')).toHaveText(/\d+ of \d+ incidents/);
	await expect(page.getByTestId('static-list')).toBeHidden();
});
