// Where the explorer reads its data. TEMPORARY: the mock under static/mock/ stands in for the
// pipeline's prerendered /data endpoints (issue 3); switching is this one line: DATA_ROOT = '/data'.
export const DATA_ROOT = '/mock';

/** Compact rows for the map, timeline and filters (ExplorerData). */
export const explorerUrl = (base: string) => `${base}${DATA_ROOT}/explorer.json`;
/** Incident id → search text (SearchIndex), loaded when the user first searches. */
export const searchUrl = (base: string) => `${base}${DATA_ROOT}/search.json`;
/** The full record of one incident (IncidentProperties), loaded when its panel opens. */
export const incidentUrl = (base: string, id: string) => `${base}${DATA_ROOT}/incidents/${encodeURIComponent(id)}.json`;
