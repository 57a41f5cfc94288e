// The map for keyboard, screen reader and phone users, and what the basemap says (issue 11, items 9–13):
// markers stepped through with arrow keys and announced, the timeline's squeezed gaps and movable brush,
// shared dates kept, country names and who holds a contested place, town names above markers, and the
// map brought back into view when an incident is chosen from the list on a phone.
import { test, expect, waitForMap } from './fixtures';
import type { ExplorerData } from '../src/lib/types';
import { parseUrlState } from '../src/lib/url-state';

test('arrow keys step through the incidents on the map, each announced, and Enter opens it', async ({ page }) => {
	const data = (await (await page.request.get('/data/explorer.json')).json()) as ExplorerData;
	await page.goto('/');
	await waitForMap(page);
	const keys = page.getByTestId('map-keys');
	await keys.focus();
	await expect(keys).toBeFocused();
	await expect(page.getByTestId('map-announcer')).toContainText('incidents on the map in view');
	await page.keyboard.press('ArrowRight');
	const announced = (await page.getByTestId('map-announcer').textContent())!;
	const match = /^1 of (\d+): (.+?), /.exec(announced);
	expect(match, announced).not.toBeNull();
	const incident = data.incidents.find((i) => announced.includes(i.title) && i.site[0] !== null)!;
	expect(incident, announced).toBeTruthy();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('map-announcer')).toContainText(`2 of ${match![1]}:`);
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Enter');
	await expect.poll(() => new URL(page.url()).searchParams.get('incident')).toBe(incident.id);
	await expect(page.getByRole('dialog')).toBeVisible();
});

test('the timeline squeezes the empty stretch before September 2022, and its brush drags as a whole; shared dates are kept', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	// One incident in March 2021, the rest from August 2022: the year between is a marked break.
	await expect(page.getByTestId('timeline-break').first()).toBeAttached();
	const from = '2022-09-12';
	const to = '2022-09-14';
	await page.goto(`/?from=${from}&to=${to}`);
	await waitForMap(page);
	const url = new URL(page.url());
	expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([from, to]);
	const brush = page.getByTestId('brush');
	const box = (await brush.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 40, box.y + box.height / 2, { steps: 4 });
	await page.mouse.up();
	await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(from);
	const before = parseUrlState(new URLSearchParams(`from=${from}&to=${to}`));
	const after = parseUrlState(new URL(page.url()).searchParams);
	expect(after.to! - after.from!, 'the brush keeps its length').toBe(before.to! - before.from!);
	expect(after.from!).toBeLessThan(before.from!);
	await page.getByTestId('all-dates').focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull();
});

test('the basemap names the countries, puts town names above the markers and says who holds a contested place at the chosen date', async ({ page }) => {
	await page.goto('/?to=2020-11-01');
	await waitForMap(page);
	const state = await page.evaluate(() => {
		const map = window.__map!;
		const layers = map.getStyle().layers.map((l) => l.id);
		return {
			countries: map.querySourceFeatures('countries').map((f) => f.properties.name),
			shown: map.queryRenderedFeatures({ layers: ['country-label'] }).map((f) => f.properties.name),
			townAboveMarkers: layers.indexOf('town-label') > layers.indexOf('incident-marker'),
			date: map.getGlobalState().date as number,
			held: map.querySourceFeatures('places').filter((f) => f.properties.id === 'aghdam').map((f) => [f.properties.label, f.properties.h0, f.properties.h1])
		};
	});
	expect(new Set(state.countries)).toEqual(new Set(['Armenia', 'Azerbaijan', 'Georgia', 'Iran', 'Türkiye']));
	expect(state.shown).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan']));
	expect(state.townAboveMarkers).toBe(true);
	// Aghdam / Akna: both names; held by the de facto Karabakh authorities until 20 November 2020.
	expect(state.held[0]).toEqual(['Aghdam / Akna', 'NK', 'AZ']);
	expect(state.date).toBeLessThan(Date.parse('2020-11-20T00:00:00+04:00'));
	await page.goto('/');
	await waitForMap(page);
	expect(await page.evaluate(() => window.__map!.getGlobalState().date as number)).toBeGreaterThan(Date.parse('2023-09-20T00:00:00+04:00'));
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('choosing an incident in the list brings the map and its sheet into view', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		const button = page.locator('.sidebar ol button').nth(2);
		await button.scrollIntoViewIfNeeded();
		expect((await page.getByTestId('map').boundingBox())!.y, 'the map is scrolled off before').toBeLessThan(-100);
		await button.click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await expect.poll(async () => (await page.getByTestId('map').boundingBox())!.y).toBeGreaterThan(-2);
		const map = (await page.getByTestId('map').boundingBox())!;
		const sheet = (await page.getByRole('dialog').boundingBox())!;
		expect(map.y + map.height, 'the sheet starts below the map').toBeLessThanOrEqual(sheet.y + 2);
	});
});
