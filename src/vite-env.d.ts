/// <reference types="vite/client" />
interface ImportMetaEnv {
	readonly VITE_BASEMAP_STYLE_URL?: string;
	readonly VITE_TEST_HOOKS?: string;
}
