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
