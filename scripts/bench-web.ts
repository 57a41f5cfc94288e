// `npm run bench:web` (issue 13): builds the site once, then for 0 (empty), 1,000, 10,000 and 100,000
// synthetic incidents serves it and drives the explorer in Chromium (software WebGL, the flags of the
// browser tests), beside two baselines on the same data: plain MapLibre with one GeoJSON circle layer
// filtered by feature state, and one DOM marker per incident. Prints a table and writes JSON.
//
//   npm run bench:web [-- --sizes 0,1000 --reps 10 --port 4192 --out bench-web.json --skip-build]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { writeSynthetic } from './synthetic.ts';
import { serve, type StaticServer } from './bench-web/server.ts';
import { percentile, ratio } from './bench-web/stats.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '0,1000,10000,100000' },
		reps: { type: 'string', default: '6' },
		port: { type: 'string', default: '4192' },
		out: { type: 'string', default: 'bench-web.json' },
		'skip-build': { type: 'boolean', default: false },
		'skip-baselines': { type: 'boolean', default: false }
	}
});
const sizes = values.sizes.split(',').map(Number);
const reps = Number(values.reps);
const port = Number(values.port);
const BUILD = 'build-bench';
const site = join(root, BUILD);
const origin = `http://127.0.0.1:${port}`;
/** A step that takes longer is reported as timed out (null), so that the run stays bounded. */
const STEP_TIMEOUT = 120_000;

/** Milliseconds from input to map and list showing the result; list_p50: to the count and list only. */
interface Latency { p50: number; p95: number; n: number; list_p50: number }
interface Run {
	idle_ms: number | null;
	bytes: { app: number; maplibre: number; data: number; basemap: number };
	frame_ms: { median: number; p95: number } | null;
	heap_mb: number | null;
	filter: Record<string, Latency | null>;
	error?: string;
}

// 1. Build (test hooks on: the page exposes window.__map, which the benchmark reads).
if (!values['skip-build'] || !existsSync(join(site, 'index.html'))) {
	console.log(`building into ${BUILD}/ …`);
	execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BUILD_DIR: BUILD, VITE_TEST_HOOKS: '1', DATA: '' } });
}
mkdirSync(join(site, '__bench'), { recursive: true });
const dist = join(root, 'node_modules', 'maplibre-gl', 'dist');
for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(join(dist, f), join(site, '__bench', f));
copyFileSync(join(import.meta.dirname, 'bench-web', 'baseline.html'), join(site, '__bench', 'baseline.html'));

const server = await serve([site], port);
const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: CHROMIUM_ARGS });
const results: Record<string, { explorer: Run; circles?: Run; markers?: Run }> = {};
try {
	for (const size of sizes) {
		const started = performance.now();
		writeSynthetic({ count: size, out: site });
		console.log(`\n${size} incidents (data written in ${Math.round(performance.now() - started)} ms)`);
		results[size] = { explorer: await measure(browser, server, size, 'explorer') };
		if (!values['skip-baselines'] && size > 0) {
			results[size].circles = await measure(browser, server, size, 'circles');
			results[size].markers = await measure(browser, server, size, 'markers');
		}
	}
} finally {
	await browser.close();
	await server.close();
}

writeFileSync(resolve(root, values.out), JSON.stringify({ date: new Date().toISOString(), sizes, reps, results }, null, 2));
report();

/** One page load and its measurements, each step bounded by STEP_TIMEOUT. */
async function measure(browser: Browser, server: StaticServer, size: number, mode: 'explorer' | 'circles' | 'markers'): Promise<Run> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	page.setDefaultTimeout(STEP_TIMEOUT);
	const run: Run = { idle_ms: null, bytes: { app: 0, maplibre: 0, data: 0, basemap: 0 }, frame_ms: null, heap_mb: null, filter: {} };
	try {
		server.reset();
		await page.goto(mode === 'explorer' ? `${origin}/` : `${origin}/__bench/baseline.html?mode=${mode}`);
		run.idle_ms = await (mode === 'explorer' ? explorerIdle(page, size) : page.waitForFunction(() => (window as unknown as { __drawn?: number }).__drawn, null, { polling: 100 }).then((h) => h.jsonValue() as Promise<number>));
		const { app, maplibre, data, basemap } = server.bytes;
		run.bytes = { app, maplibre, data, basemap };
		if (mode === 'explorer' && size > 0) {
			run.filter.side = await latencies(page, (k) => page.getByRole('group', { name: 'Reported by' }).getByRole('checkbox').first().setChecked(k % 2 === 0));
			run.filter.brush = await latencies(page, (k) => brush(page, k));
			await search(page, 'warm'); // loads the search index once
			const words = ['goris', 'shelling', 'drone', 'jermuk', 'artillery', 'border', 'kalbajar', 'tavush', 'said', 'clash'];
			run.filter.text = await latencies(page, (k) => search(page, words[k % words.length]));
		} else if (size > 0) {
			run.filter.side = await latencies(page, (k) => page.evaluate((on) => (window as unknown as { __toggle: (on: boolean) => void }).__toggle(on), k % 2 === 0), '#count');
		}
		run.frame_ms = await frames(page);
		run.heap_mb = await heap(page);
	} catch (e) {
		run.error = (e as Error).message.split('\n')[0];
	} finally {
		await context.close();
	}
	console.log(`  ${mode.padEnd(8)} idle ${fmt(run.idle_ms)} ms · filter p95 ${Object.entries(run.filter).map(([k, v]) => `${k} ${fmt(v?.p95)}`).join(', ') || '–'} · frame median ${fmt(run.frame_ms?.median)} ms · heap ${fmt(run.heap_mb)} MB${run.error ? ` · ERROR ${run.error}` : ''}`);
	return run;
}

/** Time from navigation start to the map idle with the incidents drawn (the count shown, markers rendered). */
async function explorerIdle(page: Page, size: number): Promise<number> {
	await page.getByTestId('count').filter({ hasText: ` of ${size} incidents` }).waitFor();
	const handle = await page.waitForFunction(
		(size) => {
			const map = (window as unknown as { __map?: import('maplibre-gl').Map }).__map;
			if (!map || !map.getLayer('incident-marker') || !map.loaded() || map.isMoving() || !map.areTilesLoaded()) return false;
			if (size > 0 && map.queryRenderedFeatures({ layers: ['incident-marker'] }).length === 0) return false;
			return performance.now();
		},
		size,
		{ polling: 50 }
	);
	return (await handle.jsonValue()) as number;
}

/**
 * Latencies of `reps` input actions: to the count (and list) showing the result, and on to the map
 * showing it too (idle again after the change), which is the figure the targets use.
 */
async function latencies(page: Page, act: (k: number) => Promise<unknown>, countSelector = '[data-testid="count"]'): Promise<Latency | null> {
	const samples: number[] = [];
	const listed: number[] = [];
	for (let k = 0; k < reps; k++) {
		const before = await page.locator(countSelector).textContent();
		const t0 = performance.now();
		await act(k);
		try {
			await page.waitForFunction(([sel, before]) => document.querySelector(sel)?.textContent !== before, [countSelector, before] as const, { polling: 'raf', timeout: 20_000 });
			listed.push(performance.now() - t0);
			await page.waitForFunction(
				() => {
					const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
					return map.loaded() && !map.isMoving() && map.areTilesLoaded();
				},
				null,
				{ polling: 'raf', timeout: 20_000 }
			);
			samples.push(performance.now() - t0);
		} catch {
			// The count did not change (the action matched the same incidents) or the map did not settle: not a sample.
		}
	}
	return samples.length ? { p50: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length, list_p50: percentile(listed, 50) } : null;
}

/** A brush drag over a different stretch of the timeline each time. */
async function brush(page: Page, k: number) {
	const box = (await page.getByTestId('timeline').boundingBox())!;
	const a = box.x + box.width * (0.1 + 0.05 * (k % 6));
	const y = box.y + 30;
	await page.mouse.move(a, y);
	await page.mouse.down();
	await page.mouse.move(a + box.width * 0.15, y, { steps: 3 });
	await page.mouse.up();
}

async function search(page: Page, text: string) {
	const box = page.getByRole('searchbox');
	await box.fill(text);
	await box.press('Enter');
}

/** Frame times (ms between animation frames) while the map pans and zooms for about 4 seconds. */
async function frames(page: Page): Promise<{ median: number; p95: number } | null> {
	// A string, not a function: tsx would wrap inner functions in a helper the page does not have.
	const samples = (await page.evaluate(`new Promise((resolve) => {
		const map = window.__map;
		const times = [];
		let last = performance.now();
		let on = true;
		const tick = (t) => { times.push(t - last); last = t; if (on) requestAnimationFrame(tick); };
		requestAnimationFrame(tick);
		const c = map.getCenter();
		map.easeTo({ center: [c.lng + 0.6, c.lat + 0.2], duration: 1300 });
		setTimeout(() => map.easeTo({ zoom: map.getZoom() + 1.5, duration: 1300 }), 1350);
		setTimeout(() => map.easeTo({ center: [c.lng, c.lat], zoom: map.getZoom() - 1.5, duration: 1300 }), 2700);
		setTimeout(() => { on = false; resolve(times.slice(1)); }, 4100);
	})`)) as number[];
	return samples.length ? { median: percentile(samples, 50), p95: percentile(samples, 95) } : null;
}

/** The page's JS heap after a garbage collection, in MB (Chrome DevTools Protocol). */
async function heap(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize / 1e6;
}

function fmt(x: number | null | undefined, digits = 0): string {
	return x == null || Number.isNaN(x) ? '–' : x.toFixed(digits);
}

function report() {
	const empty = results[0]?.explorer;
	const kb = (b: number) => fmt(b / 1024, 1);
	const lines = [
		'',
		'| incidents | page | idle ms (× empty) | app JS KB gz | MapLibre KB gz | data KB gz (B/incident) | side p50/p95 ms | brush p50/p95 ms | text p50/p95 ms | frame median/p95 ms (× empty) | heap MB |',
		'|---|---|---|---|---|---|---|---|---|---|---|'
	];
	for (const size of sizes) {
		for (const mode of ['explorer', 'circles', 'markers'] as const) {
			const r = results[size]?.[mode];
			if (!r) continue;
			const lat = (l: Latency | null | undefined) => (l ? `${fmt(l.p50)} / ${fmt(l.p95)} (list ${fmt(l.list_p50)})` : '–');
			lines.push(
				`| ${size.toLocaleString('en')} | ${mode} | ${fmt(r.idle_ms)} (${fmt(ratio(r.idle_ms, empty?.idle_ms), 2)}×) | ${kb(r.bytes.app)} | ${kb(r.bytes.maplibre)} | ${kb(r.bytes.data)} (${size ? fmt(r.bytes.data / size, 1) : '–'}) | ${lat(r.filter.side)} | ${lat(r.filter.brush)} | ${lat(r.filter.text)} | ${fmt(r.frame_ms?.median, 1)} / ${fmt(r.frame_ms?.p95, 1)} (${fmt(ratio(r.frame_ms?.median, empty?.frame_ms?.median), 2)}×) | ${fmt(r.heap_mb)} |${r.error ? ` error: ${r.error}` : ''}`
			);
		}
	}
	const big = results[Math.max(...sizes)];
	if (big && big.explorer && (big.circles || big.markers)) {
		lines.push('', `At ${Math.max(...sizes).toLocaleString('en')} incidents, explorer vs baselines:`);
		for (const mode of ['circles', 'markers'] as const) {
			const b = big[mode];
			if (!b) continue;
			lines.push(`  ${mode}: idle ${fmt(ratio(b.idle_ms, big.explorer.idle_ms), 2)}× the explorer's, side filter p95 ${fmt(ratio(b.filter.side?.p95, big.explorer.filter.side?.p95), 2)}×, heap ${fmt(ratio(b.heap_mb, big.explorer.heap_mb), 2)}×`);
		}
	}
	lines.push('', `Written to ${values.out}.`);
	console.log(lines.join('\n'));
}
