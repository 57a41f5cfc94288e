// Stage 4c: casualty figures as a sentence states them ("nearly 50 soldiers were killed",
// "killed at least one Azerbaijani soldier", "more than a dozen had been hurt", "losses among personnel").
import type { Casualty, Claimant, Side } from '../types';

const NUMBERS: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12, 'a dozen': 12, dozens: 24
};
const NUM = '(\\d[\\d,.]*|a dozen|dozens|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)';
const QUAL = '(at least|nearly|almost|more than|over|about|around|up to|some)?\\s*';
const SIDE_WORD = '(?:(Armenian|Azerbaijani|Azerbaijan|Armenia)(?:[’\']s)?\\s+)?';
const WHO = '(?:of (?:its|their|our) )?(soldiers?|servicemen|service members|troops|military personnel|personnel|people|civilians|persons)';
const KILLED = '(killed|died|dead|wounded|wounding|injured|injuring|hurt|lost their lives)';

const patterns: { re: RegExp; order: 'count-first' | 'verb-first' }[] = [
	// "nearly 50 soldiers were killed", "two of its soldiers had died", "more than a dozen had been hurt"
	{ re: new RegExp(`\\b${QUAL}${NUM}\\s+${SIDE_WORD}(?:${WHO}\\s+)?(?:\\w+\\s+){0,3}?(?:were|was|have been|had been|had|have|has been)?\\s*${KILLED}`, 'gi'), order: 'count-first' },
	// "killed at least one Azerbaijani soldier", "lost a soldier"
	{ re: new RegExp(`\\b(killed|killing|lost|wounded|wounding|injured|injuring)\\s+${QUAL}${NUM}\\s+(?:of its\\s+)?${SIDE_WORD}(soldiers?|servicemen|troops|people|civilians)`, 'gi'), order: 'verb-first' },
	// "confirmed the losses: 49 soldiers"
	{ re: new RegExp(`\\blosses:?\\s+${QUAL}${NUM}\\s+(soldiers?|servicemen|people)`, 'gi'), order: 'count-first' }
];
/** Words every casualty phrase contains; sentences without one are skipped quickly. */
const MAY_CASUALTY = /kill|die|dead|wound|injur|hurt|loss|casualt|lost/i;
/** Losses stated without a figure: "losses among personnel", "suffered (heavy) losses", "admitted casualties", "soldiers have been killed". */
const LOSSES = /\b((?:loss(?:es)?|casualties) (?:of|among|in) (?:its |their |our |the )?(?:military )?(?:personnel|forces|troops|servicemen|ranks|manpower)|suffered (?:\w+ )?(?:losses|casualties)|(?:admitted|announced|reported|confirmed) (?:to )?(?:\w+ )?(?:losses|casualties)|(?:soldiers|servicemen) have been killed)\b/i;

/**
 * Casualty figures stated in a sentence.
 *
 * @example
 * findCasualties('nearly 50 soldiers were killed', 'AM') // [{ status: 'killed', count: 50, qualifier: 'nearly', … }]
 */
export function findCasualties(sentence: string, claimant: Claimant): Casualty[] {
	if (!MAY_CASUALTY.test(sentence)) return [];
	const out: Casualty[] = [];
	const taken: [number, number][] = [];
	for (const { re, order } of patterns) {
		re.lastIndex = 0;
		for (const m of sentence.matchAll(re)) {
			const start = m.index!;
			if (taken.some(([s, e]) => start < e && start + m[0].length > s)) continue;
			let qualifier: string | undefined, num: string, sideWord: string | undefined, verb: string;
			if (order === 'count-first' && m.length >= 6) [, qualifier, num, sideWord, , verb] = m as unknown as string[];
			else if (order === 'verb-first') [, verb, qualifier, num, sideWord] = m as unknown as string[];
			else [, qualifier, num] = m as unknown as string[], (verb = 'killed');
			const negated = /\bno\s*$/i.test(sentence.slice(0, start)) || /^no\b/i.test(m[0]);
			const count = negated ? 0 : toNumber(num);
			if (count === null) continue;
			taken.push([start, start + m[0].length]);
			out.push({
				status: /wound|injur|hurt/i.test(verb) ? 'wounded' : 'killed',
				count,
				qualifier: qualifier?.toLowerCase() ?? null,
				side: sideOf(sideWord, m[0], claimant),
				text: m[0].trim()
			});
		}
	}
	if (out.length === 0) {
		const loss = LOSSES.exec(sentence);
		if (loss) {
			// "the Armenian side suffered losses": the side named just before the loss is whose losses they are.
			const owner = /\b(Armenian|Azerbaijani)\s+(?:side|army|forces|troops|units|military)\s+(?:\w+\s+){0,2}$/i.exec(sentence.slice(0, loss.index))?.[1];
			out.push({ status: 'losses', count: null, qualifier: null, side: sideOf(owner, loss[0], claimant), text: loss[0] });
		}
	}
	return out;
}

function toNumber(word: string): number | null {
	const w = word.toLowerCase();
	if (w in NUMBERS) return NUMBERS[w];
	const n = Number(w.replace(/,/g, ''));
	return Number.isFinite(n) && n < 1_000_000 ? n : null;
}

function sideOf(word: string | undefined, phrase: string, claimant: Claimant): Side | null {
	const w = word ?? /\b(Armenian|Azerbaijani)\b/i.exec(phrase)?.[1];
	if (w) return /^arm/i.test(w) ? 'AM' : 'AZ';
	if (/\b(its|our)\b/i.test(phrase) && (claimant === 'AM' || claimant === 'AZ')) return claimant;
	return null;
}
