// Text for link previews: a page's description cut to fit Open Graph's short summary (issue 11, item 5).

/** Longest og:description we write: link previews show about this much, and some cut at 200. */
export const DESCRIPTION_MAX = 199;

/**
 * The text cut at a word boundary to at most `max` characters, with an ellipsis when cut.
 *
 * @example
 * clipDescription('Shelling near Goris on 13 September 2022, as the Armenian side reports it', 30) // 'Shelling near Goris on 13…'
 */
export function clipDescription(text: string, max = DESCRIPTION_MAX): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:·.–—-]+$/, '')}…`;
}

/**
 * Who reports it, by outlet or title: "Global News, TIME and 2 more" (never an article's raw id).
 *
 * @example
 * namedSources([{ outlet: 'TIME', title: 'Armenia accused…' }, { outlet: null, title: 'New conflict' }]) // 'TIME and “New conflict”'
 */
export function namedSources(sources: { outlet?: string | null; title?: string | null }[], shown = 2): string {
	const names = [...new Set(sources.map((s) => s.outlet ?? (s.title ? `“${s.title}”` : null)).filter((n): n is string => !!n))];
	if (names.length === 0) return '';
	const head = names.slice(0, shown);
	const rest = names.length - head.length;
	if (rest > 0) return `${head.join(', ')} and ${rest} more`;
	return head.length > 1 ? `${head.slice(0, -1).join(', ')} and ${head[head.length - 1]}` : head[0];
}
