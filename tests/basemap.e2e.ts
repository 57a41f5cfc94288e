import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForMap, renderedCount } from './fixtures';

test('the map page loads an offline basemap with countries, borders and town labels', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	expect(await renderedCount(page, 'country-fill')).toBeGreaterThan(0);
	expect(await renderedCount(page, 'country-border')).toBeGreaterThan(0);
	const countries = await page.evaluate(() =>
		[...new Set(window.__map!.queryRenderedFeatures({ layers: ['country-fill'] }).map((f) => f.properties.A3))].sort()
	);
	expect(countries).toEqual(expect.arrayContaining(['ARM', 'AZE']));
	const labels = await page.evaluate(() =>
		window.__map!.queryRenderedFeatures({ layers: ['town-label'] }).map((f) => String(f.properties.label))
	);
	expect(labels).toEqual(expect.arrayContaining(['Yerevan', 'Goris']));
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
	await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
});

test('Lake Sevan is drawn as water, not land', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const onLand = await page.evaluate(() => {
		const map = window.__map!;
		const at = (lng: number, lat: number) =>
			map.queryRenderedFeatures(map.project([lng, lat]), { layers: ['country-fill'] }).length;
		return { sevan: at(45.28, 40.38), yerevan: at(44.51, 40.18) };
	});
	expect(onLand).toEqual({ sevan: 0, yerevan: 1 });
});

test('the map page has no axe violations', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});
