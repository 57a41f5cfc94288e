// The event model (issue 9) in Chromium: episode pages with both sides' accounts side by side, side
// filters that separate the two accounts on the map, areas drawn as shapes and never as markers, old
// incident URLs that lead to their new home, and pages that request nothing outside localhost.
// Expectations come from the served JSON, never from the seeds' answers.
import type { Page } from '@playwright/test';
import { test, expect, waitForMap } from './fixtures';
import type { AreaCollection } from '../src/lib/site-types';
import type { Episode, ExplorerData, Redirect } from '../src/lib/types';

async function json<T>(page: Page, path: string): Promise<T> {
	const res = await page.request.get(path);
	expect(res.ok(), path).toBe(true);
	return (await res.json()) as T;
}

/** Ids among the markers MapLibre has drawn. */
async function markerIds(page: Page): Promise<string[]> {
	await waitForMap(page);
	return page.evaluate(() => [...new Set(window.__map!.queryRenderedFeatures({ layers: ['incident-marker'] }).map((f) => String(f.properties.id)))].sort());
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an episode page sets the Armenian and the Azerbaijani account side by side, each linked to its sources', async ({ page }) => {
		const { episodes } = await json<{ episodes: Episode[] }>(page, '/data/episodes.json');
		const episode = episodes.find((e) => ['AM', 'AZ'].every((side) => e.accounts.some((a) => a.claimant === side)));
		test.skip(!episode, 'no episode in the data has both sides’ accounts');
		const res = await page.goto(episode!.url);
		expect(res?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(episode!.title);
		const am = page.locator('[data-testid="accounts"] [data-claimant="AM"]');
		const az = page.locator('[data-testid="accounts"] [data-claimant="AZ"]');
		await expect(am.getByRole('heading', { name: /Armenian side/ })).toBeVisible();
		await expect(az.getByRole('heading', { name: /Azerbaijani side/ })).toBeVisible();
		// Side by side: the same row, Armenian column on the left.
		const [a, b] = [(await am.boundingBox())!, (await az.boundingBox())!];
		expect(Math.abs(a.y - b.y)).toBeLessThan(2);
		expect(a.x + a.width).toBeLessThanOrEqual(b.x);
		for (const [side, column] of [['AM', am], ['AZ', az]] as const) {
			const account = episode!.accounts.find((x) => x.claimant === side)!;
			// Its sites link to its incidents, and its first report to the quoted passage.
			for (const id of account.incidents) if (account.sites.length) expect(await column.locator(`a[href="/incidents/${id}"]`).count(), `${side} links ${id}`).toBeGreaterThan(0);
			if (account.first_report) {
				const { source, start, end } = account.first_report;
				await expect(column.getByTestId('first-report')).toHaveAttribute('href', `/sources/${source}#p-${start}-${end}`);
			}
		}
		// Every incident of the episode is listed.
		const listed = await page.locator('[data-testid="episode-incidents"] a').evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname));
		expect(listed.sort()).toEqual(episode!.incidents.map((id) => `/incidents/${id}`).sort());
		// On a phone the two accounts stack, without sideways scrolling.
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});

	test('the episode list links every episode', async ({ page }) => {
		const { episodes } = await json<{ episodes: Episode[] }>(page, '/data/episodes.json');
		await page.goto('/episodes');
		const ids = await page.locator('[data-testid="episode-list"] li[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
		expect(ids.sort()).toEqual(episodes.map((e) => e.id).sort());
	});

	test('an old incident URL is a small page that points to its new home', async ({ page }) => {
		const { redirects } = await json<{ redirects: Redirect[] }>(page, '/data/redirects.json');
		test.skip(redirects.length === 0, 'no id has been retired');
		// Read as served: a browser would follow the refresh at once (it needs no JavaScript).
		for (const r of redirects) {
			const res = await page.request.get(r.from_url);
			expect(res.status(), r.from_url).toBe(200);
			const html = await res.text();
			expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${r.url}"`);
			expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${r.url}"`));
			expect(html).toMatch(new RegExp(`<a href="${r.url}" data-testid="new-home">`));
		}
	});
});

test('an old incident URL leads to its new home, and so does an old id in the explorer', async ({ page }) => {
	const { redirects } = await json<{ redirects: Redirect[] }>(page, '/data/redirects.json');
	const r = redirects.find((x) => x.from_url.startsWith('/incidents/') && x.to);
	test.skip(!r, 'no retired incident id has a new home');
	await page.goto(r!.from_url);
	await expect(page).toHaveURL(new RegExp(`${r!.url}$`));
	await page.goto(`/?incident=${r!.from}`);
	await waitForMap(page);
	const key = r!.url.startsWith('/episodes/') ? 'episode' : 'incident';
	await expect.poll(() => new URL(page.url()).searchParams.get(key)).toBe(r!.to);
	expect(new URL(page.url()).searchParams.get('incident')).toBe(key === 'incident' ? r!.to : null);
});

test('the side filters separate the two accounts: each side draws its own markers', async ({ page }) => {
	const { incidents } = await json<ExplorerData>(page, '/data/explorer.json');
	const points = (side: string) => incidents.filter((i) => i.site[0] !== null && i.claimants.includes(side as 'AM')).map((i) => i.id).sort();
	test.skip(points('AM').length === 0 || points('AZ').length === 0, 'the data lacks point incidents of one side');
	await page.goto('/?claimant=AM#6/40/45.8');
	expect(await markerIds(page)).toEqual(points('AM'));
	await page.goto('/?claimant=AZ#6/40/45.8');
	const az = await markerIds(page);
	expect(az).toEqual(points('AZ'));
	expect(az).not.toEqual(points('AM'));
});

test('an area incident is drawn as its line or shape when selected, and never as a marker', async ({ page }) => {
	const { incidents } = await json<ExplorerData>(page, '/data/explorer.json');
	const areas = await json<AreaCollection>(page, '/data/areas.geojson');
	const shaped = new Set(areas.features.map((f) => f.properties.id));
	const area = incidents.find((i) => i.site[0] === null && shaped.has(i.site[3]));
	test.skip(!area, 'no area incident with a shape in the data');
	await page.goto('/');
	expect(await markerIds(page)).not.toContain(area!.id);
	// Chosen from the list, where it is marked as an area.
	const item = page.locator(`button[data-id="${area!.id}"]`);
	await expect(item.locator('[data-area]')).toHaveText('area');
	await item.click();
	await expect(page).toHaveURL(new RegExp(`incident=${area!.id}`));
	await expect(page.getByTestId('panel-site')).toContainText('an area');
	const layer = areas.features.find((f) => f.properties.id === area!.site[3])!.properties.shape === 'line' ? 'area-line' : 'area-fill';
	await expect
		.poll(async () => {
			await waitForMap(page);
			return page.evaluate((layer) => [...new Set(window.__map!.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id)))], layer);
		})
		.toEqual([area!.site[3]]);
	expect(await markerIds(page)).not.toContain(area!.id);
});

test('choosing an episode shows its incidents only, all of them, with its areas drawn', async ({ page }) => {
	const data = await json<ExplorerData>(page, '/data/explorer.json');
	const episode = data.episodes.reduce((best, e) => (data.incidents.filter((i) => i.episode === e.id).length > data.incidents.filter((i) => i.episode === best.id).length ? e : best));
	const mine = data.incidents.filter((i) => i.episode === episode.id);
	await page.goto('/');
	await waitForMap(page);
	await page.getByRole('combobox', { name: 'Episode' }).selectOption(episode.id);
	await expect(page).toHaveURL(new RegExp(`episode=${episode.id}`));
	await expect(page.getByTestId('count')).toHaveText(`${mine.length} of ${data.incidents.length} incidents`);
	await expect.poll(() => markerIds(page)).toEqual(mine.filter((i) => i.site[0] !== null).map((i) => i.id).sort());
	await page.goBack();
	await expect(page.getByTestId('count')).toHaveText(`${data.incidents.length} of ${data.incidents.length} incidents`);
});

test('no page requests anything outside localhost', async ({ page, guard }) => {
	const data = await json<ExplorerData>(page, '/data/explorer.json');
	const first = data.incidents[0];
	for (const path of ['/', `/?incident=${first.id}`, `/incidents/${first.id}`, `/episodes/${first.episode}`, '/episodes', '/incidents', `/places/${first.site[3]}`, `/sources/${first.sources[0]}`]) {
		await page.goto(path);
		if (path.startsWith('/?') || path === '/') await waitForMap(page);
		else await page.waitForLoadState('networkidle');
	}
	expect(guard.external).toEqual([]);
});
