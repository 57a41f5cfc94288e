// The site's name and public origin, for canonical URLs, citations and link previews.

export const SITE_NAME = 'Armenia–Azerbaijan Border Incident Map';

/**
 * The origin the built site is served from, for absolute URLs in canonical links and Open Graph
 * meta (link previews need absolute image URLs). Set it when building for a real host:
 * `VITE_SITE_URL=https://example.org npm run build`. A path prefix (`https://example.org/map`) works too.
 */
export const SITE_URL: string = (import.meta.env.VITE_SITE_URL || 'http://localhost:4173').replace(/\/+$/, '');

/**
 * The absolute URL of a site path.
 *
 * @example
 * absoluteUrl('/incidents/2022-09-13-goris') // 'http://localhost:4173/incidents/2022-09-13-goris'
 * absoluteUrl('https://example.org/x') // 'https://example.org/x' (unchanged)
 */
export function absoluteUrl(path: string): string {
	if (/^https?:\/\//.test(path)) return path; // already absolute: the export's `url` fields, read back
	return SITE_URL + (path.startsWith('/') ? path : `/${path}`);
}

/** A link to an article's original only when it is http(s): a `javascript:` URL in sources.json never becomes a link. */
export function safeExternalUrl(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
	} catch {
		return null;
	}
}

/** Size of the link-preview images: Open Graph's recommended 1.91:1. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
