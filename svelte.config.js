// SvelteKit configuration: the whole site prerenders to static files (adapter-static).
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: {
			// The data export is not linked from any page: list it so it is prerendered.
			entries: [
				'*',
				'/data/incidents.geojson',
				'/data/incidents.csv',
				'/data/mentions.json',
				'/data/gazetteer.json',
				'/data/explorer.json',
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
