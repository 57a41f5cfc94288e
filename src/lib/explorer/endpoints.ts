// Where the explorer reads its data: the pipeline's prerendered endpoints (src/routes/data/).
export const DATA_ROOT = '/data';

/** Compact rows for the map, timeline and filters (ExplorerData). */
export const explorerUrl = (base: string) => `${base}${DATA_ROOT}/explorer.json`;
/** The same rows by column (ExplorerIndex, src/lib/explorer/index-codec.ts): what the explorer loads. */
export const explorerIndexUrl = (base: string) => `${base}${DATA_ROOT}/explorer-index.json`;
/** Incident id → search text (SearchIndex), loaded when the user first searches. */
export const searchUrl = (base: string) => `${base}${DATA_ROOT}/search.json`;
/** The full record of one incident (IncidentProperties), loaded when its panel opens. */
export const incidentUrl = (base: string, id: string) => `${base}${DATA_ROOT}/incidents/${encodeURIComponent(id)}.json`;
/** Shapes of area sites (AreaCollection), loaded when an area incident or an episode is first shown. */
export const areasUrl = (base: string) => `${base}${DATA_ROOT}/areas.geojson`;
/** Retired incident ids and their new home ({ redirects: Redirect[] }), loaded for an unknown ?incident=. */
export const redirectsUrl = (base: string) => `${base}${DATA_ROOT}/redirects.json`;
