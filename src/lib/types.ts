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

/** The version of the public data export's field names; raised whenever a field is renamed or removed. */
export const SCHEMA_VERSION = 2;

/** Kinds of event (ACLED-style): one incident is one kind family at one site in one time window. */
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
/** How closely a site is known: at the place, near it, in its direction, or somewhere in an area (border, province, region). */
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

/**
 * Where something happened. A point site (a village, a height) has coordinates and is drawn as a
 * marker; an area (the border, a province, a district, a region, a road) is drawn as its shape, never
 * as a marker, so `area` sites carry no coordinates.
 */
export interface IncidentPlace {
	id: string;
	/** The reader's label: contested places carry both sides' names ("Khankendi / Stepanakert"). */
	name: string;
	lat: number | null;
	lon: number | null;
	precision: PlacePrecision;
	/** The gazetteer kind (settlement, height, province, region…). */
	kind: PlaceKind;
	/** True when the site is an area: drawn as its shape (see /data/areas.geojson), not as a marker. */
	area: boolean;
}

/** One claim: who says what happened, quoted from one sentence of one article. */
export interface Claim {
	/** Stable key: `<article id>:<start>-<end>:<claimant>`. */
	id: string;
	claimant: Claimant;
	/** The speaker as the text names them ("Armenia’s defence ministry"). */
	claimant_name: string;
	/** The outlet that carried the statement (sources.json `outlet`), null when unknown. */
	outlet: string | null;
	/** The side the sentence names as having acted; null when it names none (never filled in by default). */
	accused: Side | null;
	/** True when the claimant denies what the other side says ("denied launching the attacks"). */
	denial: boolean;
	kind: IncidentType;
	statement: string;
	date_start: string | null;
	date_end: string | null;
	time_precision: DatePrecision | null;
	/** The time zone the text states for a time ("GMT", "local"), null when it gives no time. */
	time_zone: string | null;
	weapons: string[];
	casualties: Casualty[];
	/** The sites the claim names (an incident holds one of them). */
	places: IncidentPlace[];
	source: string;
	start: number;
	end: number;
	quote: string;
}

export interface SourceRef {
	source: string;
	title: string | null;
	outlet: string | null;
	start: number;
	end: number;
	quote: string;
}

/** Deaths per side as reported (whose dead they are, not who reports them); null where no figure is given. */
export interface Fatalities {
	AM: number | null;
	AZ: number | null;
	/** Figures that do not say whose dead they are. */
	unspecified: number | null;
}

/** The properties of one Feature of /data/incidents.geojson: one site, one time window, one kind of event. */
export interface IncidentProperties {
	schema_version: number;
	id: string;
	/** The episode (outbreak of fighting) it belongs to. */
	episode: string;
	title: string;
	summary: string;
	kind: IncidentType;
	site: IncidentPlace;
	date_start: string;
	date_end: string;
	time_precision: DatePrecision;
	claimants: Claimant[];
	accused: Side[];
	/** Sides that deny the claims made here. */
	denied_by: Side[];
	/** Independent sources: distinct outlets (an article of unknown outlet counts as its own). */
	sources_count: number;
	/** The lowest and highest death toll per side that the claims give. */
	fatalities_min: Fatalities;
	fatalities_max: Fatalities;
	claims: Claim[];
	sources: SourceRef[];
	disagreements: string[];
	url: string;
}

/** A point site has a Point; an area has no geometry here (its shape is in /data/areas.geojson). */
export type IncidentFeature = import('geojson').Feature<import('geojson').Point | null, IncidentProperties>;
export type IncidentCollection = import('geojson').FeatureCollection<import('geojson').Point | null, IncidentProperties> & { schema_version: number };

/** One side's account of an episode: what it says happened, where, when it started and who started it. */
export interface EpisodeAccount {
	claimant: Claimant;
	/** Who speaks for it ("the Armenian Defence Ministry", "Baku"). */
	speakers: string[];
	/** Kinds of event it reports, most reported first. */
	kinds: IncidentType[];
	/** The sites it names. */
	sites: IncidentPlace[];
	/** The earliest time it gives, at its precision. */
	first_report: { date: string; precision: DatePrecision; quote: string; source: string; start: number; end: number } | null;
	/** The sides it says acted. */
	accused: Side[];
	/** The sides whose claims it denies. */
	denies: Side[];
	/** Casualty figures it gives, as stated. */
	casualties: (Casualty & { source: string; start: number; end: number })[];
	/** Its incidents. */
	incidents: string[];
	claims: number;
}

/** What a third party (a state, an organisation) said about the episode: reactions, appeals, calls. */
export interface Reaction {
	speaker: string;
	source: string;
	start: number;
	end: number;
	quote: string;
}

/** One outbreak of fighting: incidents close in time along the line, with each side's account side by side. */
export interface Episode {
	schema_version: number;
	id: string;
	title: string;
	date_start: string;
	date_end: string;
	time_precision: DatePrecision;
	incidents: string[];
	/** Each side's account: AM and AZ first, then third parties and the media where they report events. */
	accounts: EpisodeAccount[];
	fatalities_min: Fatalities;
	fatalities_max: Fatalities;
	/** Claims that name no site (casualty totals, "fighting continues"): part of the episode, not of an incident. */
	unplaced_claims: Claim[];
	reactions: Reaction[];
	disagreements: string[];
	sources_count: number;
	url: string;
}

/**
 * The explorer's compact row for one incident (/data/explorer.json): what the map, the timeline
 * and the filters need, without quotes, so that it stays small at 100,000 incidents.
 */
export interface ExplorerIncident {
	id: string;
	episode: string;
	title: string;
	kind: IncidentType;
	/** Start and end as epoch milliseconds (UTC). */
	t0: number;
	t1: number;
	date_start: string;
	date_end: string;
	time_precision: DatePrecision;
	claimants: Claimant[];
	accused: Side[];
	sources: string[];
	/** The site: [lon, lat, precision, place id, place label]; lon and lat are null for an area. */
	site: [number | null, number | null, PlacePrecision, string, string];
}

/** The explorer's row for an episode. */
export interface ExplorerEpisode {
	id: string;
	title: string;
	t0: number;
	t1: number;
	date_start: string;
	date_end: string;
	time_precision: DatePrecision;
}

export interface ExplorerData {
	schema_version: number;
	/** ISO date of the newest data, for citations. */
	generated: string;
	incidents: ExplorerIncident[];
	episodes: ExplorerEpisode[];
	/** Article id → title, for the source filter. */
	sources: Record<string, string | null>;
}

/** Where an id that was published once now lives (an incident merged into another, or into its episode). */
export interface Redirect {
	from: string;
	/** The old page: `/incidents/<from>` or `/episodes/<from>`. */
	from_url: string;
	to: string;
	/** The page it now lives on: `/incidents/<id>` or `/episodes/<id>`. */
	url: string;
	reason: string;
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
	/** One episode id: its incidents only. */
	episode: string | null;
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
