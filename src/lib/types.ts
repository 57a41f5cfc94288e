// Shared types: the gazetteer, the article corpus, and what the pipeline makes of them.
// Coordinates are always [lng, lat] in GeoJSON, and `lat`/`lon` fields where a record is flat.

/** A side of the conflict, as claimant or as the side accused of acting. */
export type Side = 'AM' | 'AZ';
/** Who makes a claim: one of the two sides, a third party (Russia, the US, the EU, Turkey…), or the media. */
export type Claimant = Side | 'third-party' | 'media';

export type PlaceKind =
	| 'settlement'
	| 'district'
	| 'province'
	| 'height'
	| 'lake'
	| 'pass'
	| 'road'
	| 'region'
	| 'country'
	| 'city-abroad';

export interface ControlPeriod {
	/** AM, AZ, or NK (the de facto Nagorno-Karabakh authorities). */
	by: 'AM' | 'AZ' | 'NK';
	from: string | null;
	to: string | null;
	note?: string | null;
}

/** One entry of data/gazetteer.json. */
export interface Place {
	id: string;
	name: string;
	names: { hy: string | null; az: string | null; ru: string | null };
	aliases: string[];
	kind: PlaceKind;
	admin: string | null;
	/** De jure country, ISO 3166-1 alpha-2. */
	country: string;
	controlled_by: ControlPeriod[] | null;
	/** The English names each side uses, for places they name differently (Stepanakert / Khankendi). */
	contested_names: { AM: string; AZ: string } | null;
	/** Label importance on the basemap: 1 capital … 4 village; null for non-settlements. */
	rank: number | null;
	/** Named only as context (foreign countries, cities abroad): never an incident site. */
	context_only: boolean;
	/** The country whose government a capital stands for ("Yerevan said"). */
	capital_of: string | null;
	lat: number;
	lon: number;
	coord_source: string;
	coord_checked: boolean;
	notes: string | null;
}

export interface Gazetteer {
	about: { description: string; license?: string; sources?: string[] };
	places: Place[];
}

/** One entry of seeds/sources.json; every field may be null. */
export interface SourceMeta {
	title: string | null;
	outlet: string | null;
	url: string | null;
	/** The article's publication date (YYYY-MM-DD), the anchor for "on Tuesday", "last week". */
	published: string | null;
	language: string | null;
	notes: string | null;
}

/** An article as read from seeds/ID.txt, with its metadata. */
export interface Article {
	id: string;
	/** The file it came from, for error messages. */
	file: string;
	text: string;
	meta: SourceMeta;
}

// ---------------------------------------------------------------------------------------------
// What the pipeline makes: passages, mentions, claims, incidents (the public data contract).

export type IncidentType =
	| 'shelling'
	| 'drone strike'
	| 'armed clash'
	| 'sabotage'
	| 'ceasefire'
	| 'casualties'
	| 'territorial control'
	| 'other';

export type DatePrecision = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
export type PlacePrecision = 'exact' | 'near' | 'direction' | 'area';

/** A span of an article: `text.slice(start, end)` is the passage (JavaScript string indices). */
export interface Span {
	start: number;
	end: number;
}

export interface Sentence extends Span {
	paragraph: number;
	/** A heading, caption or date line rather than running text: never a claim. */
	heading: boolean;
}

/** One place name found in an article (/data/mentions.json). */
export interface Mention {
	source: string;
	start: number;
	end: number;
	surface: string;
	place_id: string | null;
	name: string | null;
	lat: number | null;
	lon: number | null;
	role: 'incident-site' | 'context';
	match: 'exact' | 'alias' | 'fuzzy';
	confidence: number;
}

export interface Casualty {
	/** killed, wounded, or losses (a loss stated without a number or kind). */
	status: 'killed' | 'wounded' | 'losses';
	count: number | null;
	/** "at least", "nearly", "more than", "up to", as stated. */
	qualifier: string | null;
	/** Whose losses: AM, AZ, or null when the text does not say. */
	side: Side | null;
	text: string;
}

export interface IncidentPlace {
	id: string;
	name: string;
	lat: number;
	lon: number;
	precision: PlacePrecision;
}

/** One claim: who says what happened, quoted from one sentence of one article. */
export interface Claim {
	claimant: Claimant;
	claimant_name: string;
	accused: Side | null;
	type: IncidentType;
	statement: string;
	date_start: string | null;
	date_end: string | null;
	date_precision: DatePrecision | null;
	/** The time zone the text states for a time ("GMT", "local"), null when it gives no time. */
	time_zone: string | null;
	weapons: string[];
	casualties: Casualty[];
	places: IncidentPlace[];
	source: string;
	start: number;
	end: number;
	quote: string;
}

export interface SourceRef {
	source: string;
	title: string | null;
	start: number;
	end: number;
	quote: string;
}

/** The properties of one Feature of /data/incidents.geojson. */
export interface IncidentProperties {
	id: string;
	title: string;
	summary: string;
	type: IncidentType;
	date_start: string;
	date_end: string;
	date_precision: DatePrecision;
	claimants: Claimant[];
	accused: Side[];
	places: IncidentPlace[];
	claims: Claim[];
	sources: SourceRef[];
	disagreements: string[];
	url: string;
}

export type IncidentFeature = import('geojson').Feature<import('geojson').Point | import('geojson').MultiPoint, IncidentProperties>;
export type IncidentCollection = import('geojson').FeatureCollection<import('geojson').Point | import('geojson').MultiPoint, IncidentProperties>;

/**
 * The explorer's compact row for one incident (/data/explorer.json): what the map, the timeline
 * and the filters need, without quotes, so that it stays small at 100,000 incidents.
 */
export interface ExplorerIncident {
	id: string;
	title: string;
	type: IncidentType;
	/** Start and end as epoch milliseconds (UTC). */
	t0: number;
	t1: number;
	date_start: string;
	date_end: string;
	date_precision: DatePrecision;
	claimants: Claimant[];
	accused: Side[];
	sources: string[];
	/** Sites as [lon, lat, precision, place id, place label]. */
	sites: [number, number, PlacePrecision, string, string][];
}

export interface ExplorerData {
	/** ISO date of the newest data, for citations. */
	generated: string;
	incidents: ExplorerIncident[];
	/** Article id → title, for the source filter. */
	sources: Record<string, string | null>;
}

// ---------------------------------------------------------------------------------------------
// The explorer's view state (issue 4): what the URL holds, parsed by src/lib/url-state.ts.

/** An accused-side filter value: a side, or `none` for incidents in which no side is accused. */
export type AccusedFilter = Side | 'none';

/** The explorer's filters. Empty lists and nulls mean "no restriction". */
export interface ExplorerFilters {
	/** Start of the time range, epoch ms, inclusive; null for open. */
	from: number | null;
	/** End of the time range, epoch ms, exclusive; null for open. */
	to: number | null;
	claimant: Claimant[];
	accused: AccusedFilter[];
	type: IncidentType[];
	/** One article id. */
	source: string | null;
	/** Free text, trimmed; every word must occur in the incident's search text. */
	q: string;
}

/** Everything the explorer's query string holds: the filters and the open incident. */
export interface ExplorerUrlState extends ExplorerFilters {
	incident: string | null;
}

/** The map position kept in the URL hash as `#zoom/lat/lng`. */
export interface MapView {
	zoom: number;
	lat: number;
	lng: number;
}

/** /data/search.json: incident id → lower-cased title, place names and quotes. */
export type SearchIndex = Record<string, string>;

// ---------------------------------------------------------------------------------------------
// Share and cite (issue 5): source passages, small static maps, exports of a filtered view.

/** A span of an article that feeds one or more incidents: highlighted in the reader as #p-<start>-<end>. */
export interface Passage extends Span {
	incidents: { id: string; title: string }[];
}

/** A small map drawn at build time: SVG path data in pixels, so it shows without JavaScript. */
export interface SiteMap {
	width: number;
	height: number;
	/** [west, south, east, north] of the view in degrees. */
	bbox: [number, number, number, number];
	/** Land, one path per country (A3 code), with holes for lakes (fill-rule evenodd). */
	land: { a3: string | null; d: string }[];
	/** Country outlines. */
	borders: string;
	sites: {
		id: string;
		name: string;
		x: number;
		y: number;
		precision: PlacePrecision;
		/** Where its name goes, placed so that names never overlap; null when there is no room. */
		label: { x: number; y: number; anchor: 'start' | 'end' | 'middle' } | null;
	}[];
}

/**
 * The filter of the explorer's current view, as its URL says it (?from&to&claimant&accused&type&source&q).
 * `from`/`to` are YYYY-MM-DD[Thh:mm] in UTC+4, or epoch ms with `to` exclusive (the explorer's parsed state).
 */
export interface ViewFilter {
	from?: string | number | null;
	to?: string | number | null;
	claimant?: string[];
	accused?: string[];
	type?: string[];
	source?: string | string[] | null;
	q?: string | null;
}
