// Build-time settings of the map, from environment variables read by Vite when the site is built.

/** The whole Armenia–Azerbaijan border, Tavush/Gazakh to Syunik/Nakhchivan: the initial view. */
export const BORDER_BOUNDS: [number, number, number, number] = [44.2, 38.7, 47.2, 41.4];

/**
 * An optional online vector basemap (a MapLibre style URL), e.g.
 * VITE_BASEMAP_STYLE_URL=https://tiles.openfreemap.org/styles/liberty npm run build.
 * Unset (the default), the site uses its own offline basemap and requests nothing from elsewhere.
 */
export const ONLINE_STYLE_URL: string | undefined = import.meta.env.VITE_BASEMAP_STYLE_URL || undefined;

/** Test builds (VITE_TEST_HOOKS=1) expose the map as window.__map for Playwright. */
export const TEST_HOOKS: boolean = import.meta.env.VITE_TEST_HOOKS === '1';
