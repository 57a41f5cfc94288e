// Stage 4b: the dates an article gives its reports by context: weekdays it ties to a date, the day
// of its main event (what undated reports inherit last), and spans widened to whole days.
import type { IncidentType, Sentence } from '../types';
import { MS, resolveWhen, type When } from './dates';
import { BACKGROUND } from './lexicon';

/** Weekdays the article itself ties to a date ("Monday (September 12)"): later bare mentions mean that day. */
export function weekdayDates(sentences: Sentence[], text: string, anchor: string | null): Record<string, number> {
	const out: Record<string, number> = {};
	for (const s of sentences) {
		const sentence = text.slice(s.start, s.end);
		for (const m of sentence.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b,?\s*\(?((?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)\)?/g)) {
			const when = resolveWhen(`${m[1]} ${m[2]}`, anchor);
			if (when && when.precision === 'day' && !(m[1].toLowerCase() in out)) out[m[1].toLowerCase()] = when.start;
		}
	}
	return out;
}

/** The latest day-or-finer date of the article's event sentences (news leads with the latest events): what undated reports inherit last. */
export function mainEventDate(sentences: Sentence[], text: string, kinds: (IncidentType | undefined)[], whenOf: (k: number) => When | null): When | null {
	let latest: When | null = null;
	for (const [k, s] of sentences.entries()) {
		if (!kinds[k] || BACKGROUND.test(text.slice(s.start, s.end))) continue;
		const when = whenOf(k);
		if (when && !when.timeOnly && (when.precision === 'day' || when.precision === 'hour' || when.precision === 'minute') && (!latest || when.start > latest.start)) latest = when;
	}
	return latest;
}

/** A span widened to the whole days it touches, without its time of day. */
export function wholeDays(when: When): When {
	const start = dayStart(when);
	const end = Math.floor(when.end / MS.DAY) * MS.DAY + MS.DAY - 1;
	return { start, end, precision: end - start < MS.DAY ? 'day' : when.precision === 'minute' || when.precision === 'hour' ? 'day' : when.precision, zone: null, text: when.text };
}

export function dayStart(when: When): number {
	return Math.floor(when.start / MS.DAY) * MS.DAY;
}
