// Export of a view: the given incidents as CSV and GeoJSON with the same columns and fields as the
// full export (/data/incidents.csv, /data/incidents.geojson), and a file name that says the filter.
// Pure: the download itself is done by ExportButtons.svelte.
import { CSV_COLUMNS, incidentsCsv } from '$lib/csv';
import { absoluteUrl } from '$lib/site';
import { SCHEMA_VERSION, type IncidentCollection, type IncidentFeature, type ViewFilter } from '$lib/types';

/** The columns of /data/incidents.csv, which a downloaded view shares (src/lib/csv.ts). */
export { CSV_COLUMNS };

/** A view's filter, the explorer's episode included. */
export type ExportFilter = ViewFilter & { episode?: string | null };

/**
 * The incidents as CSV, in the order given: the very function that writes /data/incidents.csv, so
 * the export of a view and the full export can never differ in columns or format.
 *
 * @example
 * incidentsToCsv(features).split('\r\n')[0] // 'id,episode,title,kind,…'
 */
export function incidentsToCsv(features: IncidentFeature[]): string {
	return incidentsCsv(features);
}

/**
 * The incidents as a FeatureCollection with the export's schema_version and the full export's fields;
 * each `url` made absolute from VITE_SITE_URL (src/lib/site.ts), so a downloaded file links back.
 */
export function incidentsToGeoJson(features: IncidentFeature[]): IncidentCollection {
	return {
		type: 'FeatureCollection',
		schema_version: SCHEMA_VERSION,
		features: features.map((f) => ({ ...f, properties: { ...f.properties, url: absoluteUrl(f.properties.url) } }))
	};
}

/**
 * The full records of the listed incidents, in the order of `ids`; ids the data lacks are skipped.
 *
 * @example
 * pickIncidents(all, ['2022-09-13-goris', '2022-08-lachin'])
 */
export function pickIncidents(all: IncidentFeature[], ids: string[]): IncidentFeature[] {
	const byId = new Map(all.map((f) => [f.properties.id, f]));
	return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A ViewFilter from the explorer's query string (?from=…&claimant=AM,AZ…). */
export function filterFromSearchParams(params: URLSearchParams): ExportFilter {
	const list = (key: string) => (params.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
	return {
		from: params.get('from'),
		to: params.get('to'),
		claimant: list('claimant'),
		accused: list('accused'),
		type: list('type'),
		source: list('source'),
		episode: params.get('episode'),
		q: params.get('q')
	};
}

const DAY_MS = 86_400_000;
const UTC4_MS = 4 * 3_600_000;

/** A bound for the file name: YYYY-MM-DD (or YYYY-MM-DDThhmm) in UTC+4; `to` as epoch ms is exclusive. */
function bound(value: string | number | null | undefined, end: boolean): string | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return null;
		const local = value + UTC4_MS;
		const midnight = local % DAY_MS === 0;
		const iso = new Date(end && midnight ? local - DAY_MS : local).toISOString();
		return midnight ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}`;
	}
	const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value.trim());
	return m ? (m[2] ? `${m[1]}T${m[2]}${m[3]}` : m[1]) : null;
}

/** Letters, digits and dashes only, so a file name is safe on every system. */
const slug = (s: string, max = 40) =>
	s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, max).replace(/-$/, '');

/**
 * A file name that says the filter of the view.
 *
 * @example
 * exportFileName({ filter: { from: '2022-09-12', to: '2022-09-13', claimant: ['AM'], type: ['shelling'] }, ext: 'csv' })
 * // 'incidents_2022-09-12_2022-09-13_claimant-AM_type-shelling.csv'
 */
export function exportFileName({ filter, ext }: { filter: ExportFilter | URLSearchParams; ext: 'csv' | 'geojson' }): string {
	const f = filter instanceof URLSearchParams ? filterFromSearchParams(filter) : filter;
	const parts = ['incidents'];
	const from = bound(f.from, false);
	const to = bound(f.to, true);
	if (from && to) parts.push(from, to);
	else if (from) parts.push(`from-${from}`);
	else if (to) parts.push(`to-${to}`);
	const lists: [string, string[] | undefined][] = [
		['episode', f.episode ? [f.episode] : undefined],
		['claimant', f.claimant],
		['accused', f.accused],
		['type', f.type],
		['source', typeof f.source === 'string' ? [f.source] : (f.source ?? undefined)]
	];
	for (const [key, values] of lists) {
		const kept = (values ?? []).map((v) => slug(v)).filter(Boolean);
		if (kept.length) parts.push(`${key}-${kept.join('+')}`);
	}
	const q = slug(f.q ?? '');
	if (q) parts.push(`q-${q}`);
	if (parts.length === 1) parts.push('all');
	return `${parts.join('_').slice(0, 180)}.${ext}`;
}
