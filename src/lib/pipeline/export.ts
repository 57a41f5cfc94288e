// Stage 7: the public data export: GeoJSON features, CSV rows, the explorer's compact rows.
import type { Claim, ExplorerIncident, IncidentFeature, IncidentProperties, SourceMeta, SourceRef } from '../types';
import { toInstant } from './dates';
import type { IncidentDraft } from './incidents';

/** One GeoJSON Feature per incident: a Point for one site, a MultiPoint for several. */
export function toFeature(incident: IncidentDraft, id: string, meta: Record<string, SourceMeta>): IncidentFeature {
	const coordinates = incident.places.map((p) => [p.lon, p.lat]);
	const claims: Claim[] = incident.claims; // their working fields are not enumerable, so this is the public Claim
	const sources: SourceRef[] = incident.claims.map((c) => ({ source: c.source, title: meta[c.source]?.title ?? null, start: c.start, end: c.end, quote: c.quote }));
	const properties: IncidentProperties = {
		id,
		title: incident.title,
		summary: incident.summary,
		type: incident.type,
		date_start: incident.date_start,
		date_end: incident.date_end,
		date_precision: incident.date_precision,
		claimants: incident.claimants,
		accused: incident.accused,
		places: incident.places,
		claims,
		sources,
		disagreements: incident.disagreements,
		url: `/incidents/${id}`
	};
	return {
		type: 'Feature',
		id,
		properties,
		geometry: coordinates.length === 1 ? { type: 'Point', coordinates: coordinates[0] } : { type: 'MultiPoint', coordinates }
	};
}

/** The flat columns of /data/incidents.csv (and of a downloaded view). */
export const CSV_COLUMNS = [
	'id', 'title', 'type', 'date_start', 'date_end', 'date_precision', 'claimants', 'accused', 'places', 'place_ids',
	'lat', 'lon', 'claims', 'sources', 'disagreements', 'summary', 'url'
] as const;

/**
 * Incidents as CSV (RFC 4180, UTF-8, one row each); lists are joined with "; ".
 *
 * @example
 * toCsv(features).split('\r\n')[0] // 'id,title,type,…'
 */
export function toCsv(features: IncidentFeature[]): string {
	const rows = features.map(({ properties: p }) => {
		const first = p.places[0];
		const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
			id: p.id,
			title: p.title,
			type: p.type,
			date_start: p.date_start,
			date_end: p.date_end,
			date_precision: p.date_precision,
			claimants: p.claimants.join('; '),
			accused: p.accused.join('; '),
			places: p.places.map((x) => x.name).join('; '),
			place_ids: p.places.map((x) => x.id).join('; '),
			lat: first?.lat ?? '',
			lon: first?.lon ?? '',
			claims: p.claims.length,
			sources: [...new Set(p.sources.map((s) => s.source))].join('; '),
			disagreements: p.disagreements.join(' | '),
			summary: p.summary,
			url: p.url
		};
		return CSV_COLUMNS.map((c) => csvCell(row[c])).join(',');
	});
	return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

function csvCell(v: string | number): string {
	// Text from articles must not run as a spreadsheet formula (CSV injection): a leading = + - @ gets a quote.
	const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The explorer's compact row of an incident. */
export function toExplorerRow(f: IncidentFeature, incident: IncidentDraft): ExplorerIncident {
	const p = f.properties;
	return {
		id: p.id,
		title: p.title,
		type: p.type,
		t0: toInstant(incident.t0),
		t1: toInstant(incident.t1),
		date_start: p.date_start,
		date_end: p.date_end,
		date_precision: p.date_precision,
		claimants: p.claimants,
		accused: p.accused,
		sources: [...new Set(p.sources.map((s) => s.source))],
		sites: p.places.map((x) => [x.lon, x.lat, x.precision, x.id, x.name])
	};
}

/** Lower-cased text the explorer's free-text search looks in: title, places, quotes. */
export function searchText(f: IncidentFeature): string {
	const p = f.properties;
	return [p.title, ...p.places.map((x) => x.name), ...p.claims.map((c) => `${c.claimant_name} ${c.quote}`)].join(' \n').toLowerCase();
}
