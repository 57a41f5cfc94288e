// Embed mode (?embed=1): the map and the incident panel without the page chrome, for an iframe in an
// article, with a link back to the full view. The explorer (`/`) reads isEmbed(page.url), sets
// data-embed on its root and renders <EmbedBadge> (see $lib/components/EmbedBadge.svelte).

/** The query key of embed mode. */
export const EMBED_PARAM = 'embed';

/**
 * True when the URL asks for embed mode (?embed=1, or ?embed / ?embed=true).
 *
 * @example
 * isEmbed(new URL('https://x.org/?incident=a&embed=1')) // true
 */
export function isEmbed(url: URL): boolean {
	const v = url.searchParams.get(EMBED_PARAM);
	return v !== null && ['', '1', 'true', 'yes'].includes(v.toLowerCase());
}

/**
 * The same view without embed mode: the "open the full map" link of an embed. Keeps the filters,
 * the open incident and the map position (hash).
 *
 * @example
 * fullViewUrl(new URL('https://x.org/?type=shelling&embed=1#8/39.5/46.3')).href // 'https://x.org/?type=shelling#8/39.5/46.3'
 */
export function fullViewUrl(url: URL): URL {
	const full = new URL(url);
	full.searchParams.delete(EMBED_PARAM);
	return full;
}

/**
 * The iframe code for a view: the same URL with embed=1. Attributes are escaped.
 *
 * @example
 * embedCode({ url: new URL('https://x.org/?incident=a'), title: 'Shelling near Goris' })
 */
export function embedCode({ url, title, height = 480 }: { url: URL; title: string; height?: number }): string {
	const src = new URL(url);
	src.searchParams.set(EMBED_PARAM, '1');
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${esc(src.href)}" title="${esc(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
