// Builders of small records in the shape of the event model, for unit tests only (never the site's data).
import type { Claim, Episode, ExplorerIncident, IncidentFeature, IncidentPlace, IncidentProperties } from './types';

export const GORIS: IncidentPlace = { id: 'goris', name: 'Goris', lat: 39.51, lon: 46.34, precision: 'direction', kind: 'settlement', area: false };
export const BORDER: IncidentPlace = { id: 'armenia-azerbaijan-border', name: 'Armenia–Azerbaijan border', lat: null, lon: null, precision: 'area', kind: 'region', area: true };

export function claim(over: Partial<Claim> = {}): Claim {
	const c: Claim = {
		id: 'a1:3-20:AM', claimant: 'AM', claimant_name: 'Armenia’s defence ministry', outlet: 'Armenpress', accused: 'AZ', denial: false,
		kind: 'shelling', statement: 'shelled Goris', date_start: '2022-09-13', date_end: '2022-09-13', time_precision: 'day', time_zone: null,
		weapons: [], casualties: [], places: [GORIS], source: 'a1', start: 3, end: 20, quote: 'Azerbaijan shelled Goris.', ...over
	};
	return { ...c, id: over.id ?? `${c.source}:${c.start}-${c.end}:${c.claimant}` };
}

/** An incident Feature: a Point for a point site, no geometry for an area. */
export function incidentFeature(id: string, over: Partial<IncidentProperties> = {}): IncidentFeature {
	const properties: IncidentProperties = {
		schema_version: 2, id, episode: '2022-09-12-border-clashes', title: `Title of ${id}`, summary: 'A summary, with a comma', kind: 'shelling', site: GORIS,
		date_start: '2022-09-13T00:05:00+04:00', date_end: '2022-09-13T00:05:00+04:00', time_precision: 'minute',
		claimants: ['AM'], accused: ['AZ'], denied_by: [], sources_count: 1,
		fatalities_min: { AM: null, AZ: null, unspecified: null }, fatalities_max: { AM: null, AZ: null, unspecified: null },
		claims: [claim()], sources: [{ source: 'a1', title: null, outlet: 'Armenpress', start: 3, end: 20, quote: 'He said “fire”,\nthen "more".' }],
		disagreements: [], url: `/incidents/${id}`, ...over
	};
	const s = properties.site;
	return { type: 'Feature', id, properties, geometry: s.area || s.lon === null || s.lat === null ? null : { type: 'Point', coordinates: [s.lon, s.lat] } };
}

export function explorerRow(id: string, over: Partial<ExplorerIncident> = {}): ExplorerIncident {
	return {
		id, episode: '2022-09-12-border-clashes', title: id, kind: 'shelling', t0: 0, t1: 0, date_start: '2022-09-13', date_end: '2022-09-13',
		time_precision: 'day', claimants: ['AM'], accused: [], sources: [], site: [46.34, 39.51, 'exact', 'goris', 'Goris'], ...over
	};
}

export function episode(id: string, over: Partial<Episode> = {}): Episode {
	return {
		schema_version: 2, id, title: 'Border clashes of 12–14 September 2022', date_start: '2022-09-12', date_end: '2022-09-14', time_precision: 'day',
		incidents: [], accounts: [], fatalities_min: { AM: null, AZ: null, unspecified: null }, fatalities_max: { AM: null, AZ: null, unspecified: null },
		unplaced_claims: [], reactions: [], disagreements: [], sources_count: 0, url: `/episodes/${id}`, ...over
	};
}
