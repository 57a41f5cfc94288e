// Shared Playwright fixtures: every page fails its test on a page error, a console error,
// or a request that leaves localhost; `waitForMap` waits until the map is idle.
import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
	errors: string[];
	external: string[];
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page }, use) => {
			const guard: Guard = { errors: [], external: [] };
			page.on('pageerror', (e) => guard.errors.push(`pageerror: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error') guard.errors.push(`console.error: ${m.text()}`);
			});
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
					guard.external.push(r.url());
				}
			});
			await use(guard);
			expect(guard.errors, 'no page or console errors').toEqual([]);
			expect(guard.external, 'no request leaves localhost').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until the map has been idle once (data-ready) and returns after the next idle. */
export async function waitForMap(page: Page): Promise<void> {
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = window.__map!;
				if (map.loaded() && !map.isMoving()) resolve();
				else map.once('idle', () => resolve());
			})
	);
}

/** Ids of the rendered features of a layer, queried from the map (not from pixels). */
export async function renderedCount(page: Page, layer: string): Promise<number> {
	return page.evaluate((id) => window.__map!.queryRenderedFeatures({ layers: [id] }).length, layer);
}
