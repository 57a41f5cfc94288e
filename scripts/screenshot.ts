// `npm run screenshots`: photographs the built site for the README (serve it first with `npm start`).
// Usage: tsx scripts/screenshot.ts [baseUrl]  → writes static/screenshots/*.png
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumPath } from './chromium.js';

const baseUrl = process.argv[2] ?? 'http://localhost:4173';
const shots: { name: string; path: string; width: number; height: number }[] = [
	{ name: 'map', path: '/', width: 1280, height: 800 }
];

mkdirSync('static/screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath: chromiumPath() ?? undefined,
	args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking']
});
for (const shot of shots) {
	const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
	await page.goto(baseUrl + shot.path);
	await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30_000 });
	await page.waitForTimeout(1500);
	await page.screenshot({ path: `static/screenshots/${shot.name}.png` });
	console.log(`wrote static/screenshots/${shot.name}.png`);
	await page.close();
}
await browser.close();
