// /data/incidents.csv (and a downloaded view): one row per incident, flat columns of the event model
// (schema_version 2). RFC 4180, UTF-8, CRLF; lists joined with "; ", disagreements with " | ".
import { absoluteUrl } from './site';
import type { IncidentFeature } from './types';

/** The columns, in order: a contract documented in the README. */
export const CSV_COLUMNS = [
	'id', 'episode', 'title', 'kind', 'date_start', 'date_end', 'time_precision',
	'site_id', 'site_name', 'site_precision', 'site_area', 'lat', 'lon',
	'claimants', 'accused', 'denied_by', 'sources_count',
	'fatalities_min_AM', 'fatalities_max_AM', 'fatalities_min_AZ', 'fatalities_max_AZ',
	'claims', 'sources', 'disagreements', 'summary', 'url'
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * One cell. Text from articles must not run as a spreadsheet formula (CSV injection): a value that
 * starts with = + - @, a tab or a carriage return gets a leading apostrophe. Numbers are left alone.
 *
 * @example
 * csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(v: string | number | boolean | null): string {
	if (v === null) return '';
	const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The flat row of one incident; an area site leaves lat and lon empty, a side with no figure its fatalities. */
export function csvRow({ properties: p }: IncidentFeature): Record<CsvColumn, string | number | boolean | null> {
	return {
		id: p.id,
		episode: p.episode,
		title: p.title,
		kind: p.kind,
		date_start: p.date_start,
		date_end: p.date_end,
		time_precision: p.time_precision,
		site_id: p.site.id,
		site_name: p.site.name,
		site_precision: p.site.precision,
		site_area: p.site.area,
		lat: p.site.lat,
		lon: p.site.lon,
		claimants: p.claimants.join('; '),
		accused: p.accused.join('; '),
		denied_by: p.denied_by.join('; '),
		sources_count: p.sources_count,
		fatalities_min_AM: p.fatalities_min.AM,
		fatalities_max_AM: p.fatalities_max.AM,
		fatalities_min_AZ: p.fatalities_min.AZ,
		fatalities_max_AZ: p.fatalities_max.AZ,
		claims: p.claims.length,
		sources: [...new Set(p.sources.map((s) => s.source))].join('; '),
		disagreements: p.disagreements.join(' | '),
		summary: p.summary,
		url: absoluteUrl(p.url)
	};
}

/**
 * Incidents as CSV, in the order given.
 *
 * @example
 * incidentsCsv(features).split('\r\n')[0] // 'id,episode,title,kind,…'
 */
export function incidentsCsv(features: IncidentFeature[]): string {
	const rows = features.map((f) => {
		const row = csvRow(f);
		return CSV_COLUMNS.map((c) => csvCell(row[c])).join(',');
	});
	return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
