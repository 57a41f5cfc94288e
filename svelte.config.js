// SvelteKit configuration: the whole site prerenders to static files (adapter-static).
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Where the site is written: BUILD_DIR (default `build`). Another folder also gets its own SvelteKit
 * working folder (`.svelte-kit-<name>`, what `vite preview` serves), so that the browser tests'
 * build (`build-test`, see playwright.config.ts) never replaces the site a running `npm start` serves.
 */
const buildDir = process.env.BUILD_DIR || 'build';

/**
 * The origin of the optional online basemap (VITE_BASEMAP_STYLE_URL, see src/lib/map/config.ts): the
 * only third party the Content-Security-Policy lets the map fetch from, and only when it is set.
 * Its tiles, glyphs and sprites must be on the same origin; add others here if a style needs them.
 */
const basemapOrigins = process.env.VITE_BASEMAP_STYLE_URL ? [new URL(process.env.VITE_BASEMAP_STYLE_URL).origin] : [];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		outDir: buildDir === 'build' ? '.svelte-kit' : `.svelte-kit-${buildDir.replace(/[^\w-]/g, '_')}`,
		// Absolute asset and link paths: build/404.html is served by static hosts at any depth
		// (/incidents/unknown-id), where relative paths would point nowhere.
		paths: { relative: false },
		// Content-Security-Policy (issue 12, item 5). Prerendered pages carry it as a <meta> tag, with the
		// hash of SvelteKit's one inline bootstrap script; hosts should also send it as a header (README,
		// "Hosting"), which can add frame-ancestors. No third-party origin unless an online basemap is set.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style="" attributes and transitions insert <style>: inline styles only, never scripts.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', ...basemapOrigins],
				'font-src': ['self', 'data:'],
				// The map's data, basemap GeoJSON and glyphs, fetched by MapLibre (and its worker).
				'connect-src': ['self', ...basemapOrigins],
				// MapLibre's worker: a same-origin module file, or a blob: wrapper when it is on another origin.
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// The data export is not linked from any page: list it so it is prerendered.
			entries: [
				'*',
				'/data/incidents.geojson',
				'/data/incidents.csv',
				'/data/mentions.json',
				'/data/gazetteer.json',
				'/data/explorer.json',
				'/data/explorer-index.json',
				'/data/episodes.json',
				'/data/areas.geojson',
				'/data/redirects.json',
				'/data/search.json',
				'/data/rejected.json',
				'/basemap/places.geojson'
			],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
