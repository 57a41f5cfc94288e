// SvelteKit configuration: the whole site prerenders to static files (adapter-static).
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Where the site is written: BUILD_DIR (default `build`). Another folder also gets its own SvelteKit
 * working folder (`.svelte-kit-<name>`, what `vite preview` serves), so that the browser tests'
 * build (`build-test`, see playwright.config.ts) never replaces the site a running `npm start` serves.
 */
const buildDir = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		outDir: buildDir === 'build' ? '.svelte-kit' : `.svelte-kit-${buildDir.replace(/[^\w-]/g, '_')}`,
		// Absolute asset and link paths: build/404.html is served by static hosts at any depth
		// (/incidents/unknown-id), where relative paths would point nowhere.
		paths: { relative: false },
		prerender: {
			// The data export is not linked from any page: list it so it is prerendered.
			entries: [
				'*',
				'/data/incidents.geojson',
				'/data/incidents.csv',
				'/data/mentions.json',
				'/data/gazetteer.json',
				'/data/explorer.json',
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
