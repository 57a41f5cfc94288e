// Stage 8: the public data export: GeoJSON features, episodes, the explorer's compact rows (the CSV
// writer is src/lib/csv.ts, shared with the export of a filtered view).
// Field names are a contract (README, "The public data export"); SCHEMA_VERSION says which.
import { SCHEMA_VERSION, type Claim, type Episode, type ExplorerEpisode, type ExplorerIncident, type IncidentFeature, type IncidentProperties, type SourceMeta, type SourceRef } from '../types';
import { toInstant } from './dates';
import type { EpisodeDraft } from './episodes';
import type { IncidentDraft } from './incidents';

/** One GeoJSON Feature per incident: a Point for a point site, no geometry for an area (its shape is in /data/areas.geojson). */
export function toFeature(incident: IncidentDraft, id: string, episode: string, meta: Record<string, SourceMeta>): IncidentFeature {
	const claims: Claim[] = incident.claims; // their working fields are not enumerable, so this is the public Claim
	const sources: SourceRef[] = incident.claims.map((c) => ({ source: c.source, title: meta[c.source]?.title ?? null, outlet: meta[c.source]?.outlet ?? null, start: c.start, end: c.end, quote: c.quote }));
	const { site } = incident;
	const properties: IncidentProperties = {
		schema_version: SCHEMA_VERSION,
		id,
		episode,
		title: incident.title,
		summary: incident.summary,
		kind: incident.kind,
		site,
		date_start: incident.date_start,
		date_end: incident.date_end,
		time_precision: incident.time_precision,
		claimants: incident.claimants,
		accused: incident.accused,
		denied_by: incident.denied_by,
		sources_count: incident.sources_count,
		fatalities_min: incident.fatalities_min,
		fatalities_max: incident.fatalities_max,
		claims,
		sources,
		disagreements: incident.disagreements,
		url: `/incidents/${id}`
	};
	return { type: 'Feature', id, properties, geometry: site.area || site.lon === null || site.lat === null ? null : { type: 'Point', coordinates: [site.lon, site.lat] } };
}

/** An episode as exported (/data/episodes.json), its incidents and accounts named by incident id. */
export function toEpisode(draft: EpisodeDraft, id: string, incidentIds: string[]): Episode {
	return {
		schema_version: SCHEMA_VERSION,
		id,
		title: draft.title,
		date_start: draft.date_start,
		date_end: draft.date_end,
		time_precision: draft.time_precision,
		incidents: draft.incidents.map((i) => incidentIds[i]),
		accounts: draft.accounts.map((a, k) => ({ ...a, incidents: draft.accountIncidents[k].map((i) => incidentIds[i]) })),
		fatalities_min: draft.fatalities_min,
		fatalities_max: draft.fatalities_max,
		unplaced_claims: draft.unplaced,
		reactions: draft.reactions,
		disagreements: draft.disagreements,
		sources_count: draft.sources_count,
		url: `/episodes/${id}`
	};
}

/** The explorer's compact row of an incident. */
export function toExplorerRow(f: IncidentFeature, incident: IncidentDraft): ExplorerIncident {
	const p = f.properties;
	return {
		id: p.id,
		episode: p.episode,
		title: p.title,
		kind: p.kind,
		t0: toInstant(incident.t0),
		t1: toInstant(incident.t1),
		date_start: p.date_start,
		date_end: p.date_end,
		time_precision: p.time_precision,
		claimants: p.claimants,
		accused: p.accused,
		sources: [...new Set(p.sources.map((s) => s.source))],
		site: [p.site.lon, p.site.lat, p.site.precision, p.site.id, p.site.name]
	};
}

/** The explorer's row of an episode. */
export function toExplorerEpisode(e: Episode, draft: EpisodeDraft): ExplorerEpisode {
	return { id: e.id, title: e.title, t0: toInstant(draft.t0), t1: toInstant(draft.t1), date_start: e.date_start, date_end: e.date_end, time_precision: e.time_precision };
}
