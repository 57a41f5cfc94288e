// The date a citation gives for the data: the newest publication date that a sources.json entry
// states, else the day of the build. Never an article's date line: a line such as "May 31, 2023" at
// the top of a machine translation is not when the data was made (issue 11, item 6).
import type { SourceMeta } from './types';

/**
 * The data's date as YYYY-MM-DD.
 *
 * @example
 * dataDate({ published: [{ published: '2022-09-13' }, { published: null }], today: new Date() }) // '2022-09-13'
 */
export function dataDate({ published, today }: { published: Pick<SourceMeta, 'published'>[]; today: Date }): string {
	const dates = published.map((m) => m.published).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
	return dates[dates.length - 1] ?? today.toISOString().slice(0, 10);
}
