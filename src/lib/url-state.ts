// The explorer's state in the URL: one parse/serialize pair per query key, plus the map position in
// the hash. Unknown keys are kept untouched; malformed values are ignored (parsed as "no filter"),
// so a hand-edited or outdated link never breaks the page.
import type { AccusedFilter, Claimant, ExplorerFilters, ExplorerUrlState, IncidentType, MapView } from './types';
import { DAY_MS, fromLocal, isLocalMidnight, localClock, localDate } from './explorer/local-time';

export const CLAIMANTS: readonly Claimant[] = ['AM', 'AZ', 'third-party', 'media'];
export const ACCUSED: readonly AccusedFilter[] = ['AM', 'AZ', 'none'];
export const INCIDENT_TYPES: readonly IncidentType[] = [
	'shelling',
	'drone strike',
	'armed clash',
	'sabotage',
	'ceasefire',
	'casualties',
	'territorial control',
	'other'
];

interface Codec<T> {
	parse(raw: string | null): T;
	/** null removes the key from the URL. */
	serialize(value: T): string | null;
}

// Dates are local (UTC+4) calendar days; `from` is the start of its day, `to` the end of its day.
// A time of day may follow (`2022-09-13T02:00`), so that a range brushed down to hours survives a reload.
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

function parseLocal(raw: string | null, endOfDay: boolean): number | null {
	const m = raw?.trim().match(DATE_RE);
	if (!m) return null;
	const [y, mo, d, h, mi] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
	if (y! < 1900 || y! > 2200 || mo! < 1 || mo! > 12 || d! < 1 || d! > 31) return null;
	if (h !== undefined && (h > 23 || mi! > 59)) return null;
	const ms = fromLocal(y!, mo! - 1, d!, h ?? 0, mi ?? 0);
	if (localDate(ms) !== m.slice(1, 4).join('-')) return null; // 2022-02-30 and the like
	return h === undefined && endOfDay ? ms + DAY_MS : ms;
}

function serializeLocal(ms: number | null, endOfDay: boolean): string | null {
	if (ms === null) return null;
	if (isLocalMidnight(ms)) return localDate(endOfDay ? ms - DAY_MS : ms);
	return `${localDate(ms)}T${localClock(ms)}`;
}

const time = (endOfDay: boolean): Codec<number | null> => ({
	parse: (raw) => parseLocal(raw, endOfDay),
	serialize: (ms) => serializeLocal(ms, endOfDay)
});

/** A comma-separated subset of `allowed`, deduplicated and in the order of `allowed`; unknown items are dropped. */
function list<T extends string>(allowed: readonly T[]): Codec<T[]> {
	return {
		parse: (raw) => {
			const items = new Set((raw ?? '').split(',').map((s) => s.trim()));
			return allowed.filter((a) => items.has(a));
		},
		serialize: (values) => (values.length ? allowed.filter((a) => values.includes(a)).join(',') : null)
	};
}

const ID_RE = /^[\w.-]{1,200}$/;
const id: Codec<string | null> = {
	parse: (raw) => (raw && ID_RE.test(raw) ? raw : null),
	serialize: (value) => value
};

const MAX_QUERY = 200;
const text: Codec<string> = {
	parse: (raw) => (raw ?? '').trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY),
	serialize: (value) => value.trim() || null
};

/** One codec per query key; the key order here is the order in serialized URLs. */
const codecs: { [K in keyof ExplorerUrlState]: Codec<ExplorerUrlState[K]> } = {
	from: time(false),
	to: time(true),
	claimant: list(CLAIMANTS),
	accused: list(ACCUSED),
	type: list(INCIDENT_TYPES),
	source: id,
	episode: id,
	q: text,
	incident: id
};
const keys = Object.keys(codecs) as (keyof ExplorerUrlState)[];

export const NO_FILTERS: ExplorerFilters = { from: null, to: null, claimant: [], accused: [], type: [], source: null, episode: null, q: '' };

/** Reads the explorer's state from a query string; never throws. */
export function parseUrlState(params: URLSearchParams): ExplorerUrlState {
	const state = Object.fromEntries(keys.map((k) => [k, codecs[k].parse(params.get(k))])) as unknown as ExplorerUrlState;
	// A reversed or empty range is malformed as a pair: drop both ends.
	if (state.from !== null && state.to !== null && state.from >= state.to) state.from = state.to = null;
	return state;
}

/** Writes the state into a copy of `params`, keeping keys the explorer does not own (e.g. `embed`). */
export function serializeUrlState(state: ExplorerUrlState, params = new URLSearchParams()): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const k of keys) out.delete(k);
	for (const k of keys) {
		const value = (codecs[k] as Codec<unknown>).serialize(state[k]);
		if (value !== null) out.set(k, value);
	}
	return out;
}

/**
 * Parses `#zoom/lat/lng` (MapLibre's hash order); null when absent or malformed.
 *
 * @example
 * parseHash('#9.5/39.84/45.67') // { zoom: 9.5, lat: 39.84, lng: 45.67 }
 */
export function parseHash(hash: string): MapView | null {
	const parts = hash.replace(/^#/, '').split('/');
	if (parts.length < 3 || parts.slice(0, 3).some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
	const [zoom, lat, lng] = parts.map(Number);
	if (zoom < 0 || zoom > 24 || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
	return { zoom, lat, lng };
}

/** `#zoom/lat/lng` with as many decimals as the zoom makes meaningful (as MapLibre's hash.ts does). */
export function serializeHash({ zoom, lat, lng }: MapView): string {
	// At zoom z one pixel spans about 360 / (512 · 2^z) degrees, so that many decimals suffice.
	const digits = Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
	const m = 10 ** digits;
	const round = (x: number) => String(Math.round(x * m) / m);
	return `#${Math.round(zoom * 100) / 100}/${round(lat)}/${round(lng)}`;
}

/** The query string for a state (with `?`, or empty), commas and colons left readable. */
export function searchString(state: ExplorerUrlState, params?: URLSearchParams): string {
	const qs = serializeUrlState(state, params).toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
	return qs ? `?${qs}` : '';
}
