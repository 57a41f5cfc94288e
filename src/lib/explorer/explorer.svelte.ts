// Shared UI state of the explorer page that is not in the URL: the loaded data, what the pointer or
// keyboard is on, and the chooser for stacked markers. Filters and selection live in the URL.
import type { AreaCollection } from '$lib/site-types';
import type { ExplorerData, Redirect, SearchIndex } from '$lib/types';
import { areasUrl, explorerIndexUrl, redirectsUrl, searchUrl } from './endpoints';
import { decodeIndex, type ExplorerIndex } from './index-codec';

type Fetch = typeof fetch;

async function getJson<T>(fetcher: Fetch, url: string): Promise<T> {
	const res = await fetcher(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return (await res.json()) as T;
}

export class ExplorerState {
	/** The compact incident rows, sorted by time, once loaded. */
	data = $state.raw<ExplorerData | null>(null);
	/** The free-text index, loaded the first time a query needs it. */
	search = $state.raw<SearchIndex | null>(null);
	/** Shapes of area sites, loaded the first time an area has to be drawn. */
	areas = $state.raw<AreaCollection | null>(null);
	/** A message when the data could not be loaded. */
	error = $state<string | null>(null);
	/** The incident under the pointer or the list's keyboard focus: lit on the map and in the list. */
	hovered = $state<string | null>(null);
	/** Several incidents under one click on the map, offered in a chooser at (x, y). */
	choice = $state.raw<{ ids: string[]; x: number; y: number } | null>(null);
	/** The map's visible bounds [west, south, east, north]. */
	bounds = $state.raw<[number, number, number, number] | null>(null);
	/** List only incidents with a site in the map's visible bounds. */
	onlyInView = $state(false);

	#searching: Promise<void> | null = null;
	#loadingAreas: Promise<void> | null = null;
	#redirects: Promise<Redirect[]> | null = null;
	readonly #base: string;

	/** @param base the site's base path ($app/paths) */
	constructor(base: string) {
		this.#base = base;
	}

	async load(fetcher: Fetch = fetch): Promise<void> {
		try {
			// The compact index, decoded into rows sorted by time then id (see index-codec.ts).
			this.data = decodeIndex(await getJson<ExplorerIndex>(fetcher, explorerIndexUrl(this.#base)));
		} catch (e) {
			this.error = `The incident data could not be loaded (${(e as Error).message}).`;
		}
	}

	/** Loads the search index once; later calls share the same request. */
	loadSearch(fetcher: Fetch = fetch): Promise<void> {
		this.#searching ??= getJson<SearchIndex>(fetcher, searchUrl(this.#base)).then(
			(index) => void (this.search = index),
			(e: Error) => void (this.error = `The search index could not be loaded (${e.message}).`)
		);
		return this.#searching;
	}

	/** Loads the area shapes once; later calls share the same request. */
	loadAreas(fetcher: Fetch = fetch): Promise<void> {
		this.#loadingAreas ??= getJson<AreaCollection>(fetcher, areasUrl(this.#base)).then(
			(areas) => void (this.areas = areas),
			(e: Error) => void (this.error = `The area shapes could not be loaded (${e.message}).`)
		);
		return this.#loadingAreas;
	}

	/** Where a retired incident or episode id now lives, or null (fetched when a link names an id the data lacks). */
	async redirectOf(kind: 'incidents' | 'episodes', id: string, fetcher: Fetch = fetch): Promise<Redirect | null> {
		try {
			this.#redirects ??= getJson<{ redirects: Redirect[] }>(fetcher, redirectsUrl(this.#base)).then((d) => d.redirects);
			return (await this.#redirects).find((r) => r.from_url === `/${kind}/${id}`) ?? null;
		} catch {
			this.#redirects = null;
			return null;
		}
	}
}
