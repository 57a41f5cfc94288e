// `npm run screenshots`: photographs the built site for the README (serve it first with `npm start`).
// Usage: tsx scripts/screenshot.ts [baseUrl]  → writes static/screenshots/*.png
// The explorer shots open the served data's busiest incident (most claimants, then most sources), so
// they show a real panel whatever the data holds; the episode shots show its busiest episode.
import { chromium, request } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumPath } from './chromium.js';
import { DATA_ROOT } from '../src/lib/explorer/endpoints';
import type { ExplorerData } from '../src/lib/types';

const baseUrl = process.argv[2] ?? 'http://localhost:4173';
// Playwright's HTTP client rather than fetch(), which refuses some local ports (e.g. 4190).
const api = await request.newContext();
const data = (await (await api.get(`${baseUrl}${DATA_ROOT}/explorer.json`)).json()) as ExplorerData;
await api.dispose();
const busiest = [...data.incidents].sort((a, b) => b.claimants.length - a.claimants.length || b.sources.length - a.sources.length)[0];
const day = busiest ? busiest.date_start.slice(0, 10) : '';
const open = busiest ? `/?from=${day}&to=${day}&incident=${busiest.id}` : '/';
const count = (id: string) => data.incidents.filter((i) => i.episode === id).length;
const episode = [...data.episodes].sort((a, b) => count(b.id) - count(a.id))[0];

const shots: { name: string; path: string; width: number; height: number; dark?: boolean; page?: boolean }[] = [
	{ name: 'map', path: '/', width: 1280, height: 800 },
	{ name: 'explorer-desktop', path: open, width: 1280, height: 800 },
	{ name: 'explorer-desktop-dark', path: '/?claimant=AM,AZ', width: 1280, height: 800, dark: true },
	{ name: 'explorer-phone', path: '/', width: 390, height: 844 },
	{ name: 'explorer-phone-panel', path: open, width: 390, height: 844 },
	...(episode
		? [
				{ name: 'episode-desktop', path: `/episodes/${episode.id}`, width: 1280, height: 900, page: true },
				{ name: 'episode-phone', path: `/episodes/${episode.id}`, width: 390, height: 844, page: true }
			]
		: [])
];

mkdirSync('static/screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath: chromiumPath() ?? undefined,
	args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking']
});
for (const shot of shots) {
	const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.dark ? 'dark' : 'light' });
	await page.goto(baseUrl + shot.path);
	if (!shot.page) {
		await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30_000 });
		await page.waitForTimeout(1500);
	}
	await page.screenshot({ path: `static/screenshots/${shot.name}.png` });
	console.log(`wrote static/screenshots/${shot.name}.png`);
	await page.close();
}
await browser.close();
