// A site map as a standalone SVG document with a title band: the source of each link-preview PNG.
import type { AreaSiteMap } from '$lib/site-types';
import type { SiteMap } from '$lib/types';

/** Colours shared by the page map (SiteMap.svelte) and the preview image. */
export const MAP_COLOURS = {
	water: '#cfe3ef',
	land: '#eeeae2',
	ARM: '#f3e7d3',
	AZE: '#e3ebd9',
	border: '#8a7f70',
	site: '#b3261e',
	ink: '#1d1d1b'
} as const;

/** Font size of site names in the preview image (pass it to siteMap as labelSize). */
export const LABEL_SIZE = 28;

export const escapeXml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Splits text into at most `lines` lines of about `width` characters, ending with … when cut. */
export function wrap(text: string, width: number, lines: number): string[] {
	const out: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > width) {
			out.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) out.push(line);
	if (out.length <= lines) return out;
	const kept = out.slice(0, lines);
	kept[lines - 1] = kept[lines - 1].replace(/\s*\S*$/, '') + ' …';
	return kept;
}

/** Estimated width of Noto Sans text: 0.56 em per character (bold a little wider), as placeLabels assumes. */
export const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.6 : 0.56);

/**
 * Text fitted into `width` pixels: the font shrinks from `size` down to `min`, and only then is the
 * text cut with an ellipsis, so a long date or place name never runs into its neighbour.
 *
 * @example
 * fitText({ text: '5–11 September 2022', width: 600, size: 26 }) // { text: '5–11 September 2022', size: 26 }
 */
export function fitText({ text, width, size, min = Math.round(size * 0.7), bold = false }: { text: string; width: number; size: number; min?: number; bold?: boolean }): { text: string; size: number } {
	const fit = Math.floor(Math.min(size, width / Math.max(1, textWidth(text, 1, bold))));
	if (fit >= min) return { text, size: fit };
	const chars = Math.max(1, Math.floor(width / textWidth('x', min, bold)) - 1);
	return { text: text.length > chars ? `${text.slice(0, chars).trimEnd()}…` : text, size: min };
}

/**
 * The SVG of a preview card: the map on top (sites as dots or rings, an area as its line or shape),
 * then the title, the date with what is reported, and the site name.
 * Every text is escaped; the font is the one given to resvg (Noto Sans).
 *
 * @example
 * previewSvg({ map, title: 'Shelling towards Goris', date: '13 September 2022 · reported by the Armenian side', site: 'Border Incident Map' })
 */
export function previewSvg({ map, title, date, site, place }: {
	map: SiteMap & Partial<Pick<AreaSiteMap, 'areas' | 'region'>>;
	title: string;
	date: string;
	/** The site's (the website's) name, bottom right when there is room beside the date. */
	site: string;
	/** The place that names the incident: labelled on the map when no site label could be placed there. */
	place?: string;
}): string {
	const W = map.width;
	const band = 200;
	const H = map.height + band;
	const c = MAP_COLOURS;
	const land = map.land.map((l) => `<path d="${l.d}" fill="${c[l.a3 as 'ARM' | 'AZE'] ?? c.land}" fill-rule="evenodd"/>`).join('');
	const sites = map.sites
		.map(
			(s) =>
				`<circle cx="${s.x}" cy="${s.y}" r="${s.precision === 'exact' ? 10 : 18}" fill="${s.precision === 'exact' ? c.site : 'none'}" stroke="${c.site}" stroke-width="5"/>` +
				(s.label
					? `<text x="${s.label.x}" y="${s.label.y}" text-anchor="${s.label.anchor}" font-size="${LABEL_SIZE}" fill="${c.ink}" stroke="#fff" stroke-width="6" paint-order="stroke" stroke-linejoin="round">${escapeXml(s.name)}</text>`
					: '')
		)
		.join('');
	const areas = (map.areas ?? [])
		.map((a) =>
			a.shape === 'line'
				? `<path d="${a.d}" fill="none" stroke="#fff" stroke-width="14" stroke-linejoin="round" opacity="0.8"/><path d="${a.d}" fill="none" stroke="${c.site}" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"/>`
				: `<path d="${a.d}" fill="${c.site}" fill-opacity="0.16" fill-rule="evenodd" stroke="${c.site}" stroke-width="4"/>`
		)
		.join('');
	const inner = W - 96;
	const titleLines = wrap(title, Math.floor(inner / textWidth('x', 44, true)), 2);
	const lines = titleLines
		.map((l) => fitText({ text: l, width: inner, size: 44, min: 34, bold: true }))
		.map((l, i) => `<text x="48" y="${map.height + 62 + i * 52}" font-size="${l.size}" font-weight="700" fill="${c.ink}">${escapeXml(l.text)}</text>`)
		.join('');
	// The date and the website's name share the last line; the name gives way when the date needs the room.
	const brand = fitText({ text: site, width: inner, size: 24 });
	const brandRoom = textWidth(brand.text, brand.size) + 40;
	const dateFit = fitText({ text: date, width: inner - brandRoom, size: 26, min: 22 });
	const showBrand = dateFit.text === date;
	const dateText = showBrand ? dateFit : fitText({ text: date, width: inner, size: 26, min: 18 });
	// The place's name on the map, when no label could be set beside its dot (an area, or no room).
	const named = map.sites.some((s) => s.label);
	const pill = place && !named ? fitText({ text: place, width: W - 96 - 24, size: LABEL_SIZE, min: 18 }) : null;
	const pillSvg = pill
		? `<rect x="36" y="24" rx="8" width="${Math.round(textWidth(pill.text, pill.size) + 24)}" height="${Math.round(pill.size * 1.5)}" fill="#fff" fill-opacity="0.92" stroke="${c.site}" stroke-width="2"/>` +
			`<text x="48" y="${Math.round(24 + pill.size * 1.1)}" font-size="${pill.size}" fill="${c.ink}" data-place="true">${escapeXml(pill.text)}</text>`
		: '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Noto Sans">` +
		(map.region
			? `<rect width="${W}" height="${map.height}" fill="${c.land}"/><rect x="${map.region[0]}" y="${map.region[1]}" width="${map.region[2] - map.region[0]}" height="${map.region[3] - map.region[1]}" fill="${c.water}"/>`
			: `<rect width="${W}" height="${map.height}" fill="${c.water}"/>`) +
		land +
		`<path d="${map.borders}" fill="none" stroke="${c.border}" stroke-width="2.5" stroke-linejoin="round"/>${areas}${sites}${pillSvg}` +
		`<rect y="${map.height}" width="${W}" height="${band}" fill="#fff"/><rect y="${map.height}" width="${W}" height="6" fill="${c.site}"/>${lines}` +
		`<text x="48" y="${H - 28}" font-size="${dateText.size}" fill="#555">${escapeXml(dateText.text)}</text>` +
		(showBrand ? `<text x="${W - 48}" y="${H - 28}" font-size="${brand.size}" fill="#777" text-anchor="end">${escapeXml(brand.text)}</text>` : '') +
		`</svg>`
	);
}
