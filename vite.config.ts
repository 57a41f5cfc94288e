// Vite configuration: SvelteKit plugin plus the Vitest project for the pure modules.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// MapLibre in a chunk of its own (maplibre.*.js): cached across releases of the app, and measured apart
	// from the app's own JavaScript by `npm run bench:web`. https://rolldown.rs/reference/OutputOptions.codeSplitting
	build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] } } } },
	server: { port: 5173, strictPort: true },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
