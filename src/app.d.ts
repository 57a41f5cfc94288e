// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	interface Window {
		/** The MapLibre map, exposed only in test builds (PUBLIC_TEST_HOOKS=1) so Playwright can inspect it. */
		__map?: import('maplibre-gl').Map;
	}
}
export {};
