// Scoring of one evaluation article: the pipeline's claims and incidents against the annotation
// (format in tests/eval/README.md). Pure, so that it has its own unit test.
import type { Claim, IncidentProperties } from '../src/lib/types.ts';

export interface ExpectedClaim {
	quote: string;
	claimant: string;
	accused: string | null;
	denial?: boolean;
	kind: string;
	places: string[];
	date: string | null;
}

export interface Annotation {
	article: string;
	claims: ExpectedClaim[];
	non_claims: { quote: string; reason: string }[];
	incidents: { place: string; date: string; kind: string }[];
}

/** Counts for one article (or summed over many). */
export interface Score {
	predicted: number;
	expected: number;
	matchedPredicted: number;
	matchedExpected: number;
	claimant: [number, number];
	accused: [number, number];
	kind: [number, number];
	denial: [number, number];
	date: [number, number];
	places: { tp: number; fp: number; fn: number };
	incidents: { predicted: number; expected: number; matchedPredicted: number; matchedExpected: number };
	nonClaims: [number, number];
	notes: string[];
}

export interface Figures {
	expectedClaims: number;
	claimPrecision: number;
	claimRecall: number;
	claimant: number | null;
	accused: number | null;
	kind: number | null;
	denial: number | null;
	date: number | null;
	placePrecision: number | null;
	placeRecall: number | null;
	incidentPrecision: number | null;
	incidentRecall: number | null;
	nonClaimsOut: number | null;
}

/** Whether an annotated date (a day or a month) falls in a claim's or incident's dates. */
export function dateAgrees(expected: string, start: string | null, end: string | null): boolean {
	if (!start) return false;
	const a = start.slice(0, 10);
	const b = (end ?? start).slice(0, 10);
	if (expected.length === 7) return a.slice(0, 7) <= expected && expected <= b.slice(0, 7);
	return a <= expected && expected <= b;
}

/**
 * Scores one article: predicted claims match the annotation's claims by sentence (the sentence that
 * holds the annotated quote), a claimant-for-claimant match first when a sentence has two.
 *
 * @example
 * scoreArticle({ text, annotation, predicted: claims, incidents }).matchedExpected
 */
export function scoreArticle({ text, annotation, predicted, incidents, rejected = [] }: { text: string; annotation: Annotation; predicted: Claim[]; incidents: IncidentProperties[]; rejected?: { start: number; end: number; reason: string }[] }): Score {
	const notes: string[] = [];
	const at = (quote: string) => {
		const i = text.indexOf(quote);
		if (i < 0 || text.indexOf(quote, i + 1) >= 0) throw new Error(`tests/eval/annotations/${annotation.article}.json: quote "${quote.slice(0, 60)}" must occur exactly once in the article`);
		return i;
	};
	const score: Score = {
		predicted: predicted.length,
		expected: annotation.claims.length,
		matchedPredicted: 0,
		matchedExpected: 0,
		claimant: [0, 0],
		accused: [0, 0],
		kind: [0, 0],
		denial: [0, 0],
		date: [0, 0],
		places: { tp: 0, fp: 0, fn: 0 },
		incidents: { predicted: 0, expected: annotation.incidents.length, matchedPredicted: 0, matchedExpected: 0 },
		nonClaims: [0, 0],
		notes
	};
	const used = new Set<Claim>();
	const tally = (t: [number, number], ok: boolean) => {
		t[0] += ok ? 1 : 0;
		t[1] += 1;
	};
	for (const e of annotation.claims) {
		const i = at(e.quote);
		const candidates = predicted.filter((p) => p.start <= i && i < p.end && !used.has(p));
		// Several claims in one sentence: align the one that agrees most (claimant first, then the accused side).
		const p = candidates.find((c) => c.claimant === e.claimant && c.accused === e.accused) ?? candidates.find((c) => c.claimant === e.claimant) ?? candidates[0];
		if (!p) {
			const why = rejected.find((r) => r.start <= i && i < r.end)?.reason.split(':')[0];
			notes.push(`missed claim (${e.claimant}${e.accused ? `→${e.accused}` : ''} ${e.kind})${why ? ` [left out: ${why}]` : ''}: “${e.quote}”`);
			score.places.fn += e.places.length;
			continue;
		}
		used.add(p);
		score.matchedExpected++;
		tally(score.claimant, p.claimant === e.claimant);
		tally(score.accused, p.accused === e.accused);
		tally(score.kind, p.kind === e.kind);
		tally(score.denial, p.denial === !!e.denial);
		if (e.date) tally(score.date, dateAgrees(e.date, p.date_start, p.date_end));
		const got = new Set(p.places.map((x) => x.id));
		const want = new Set(e.places);
		for (const id of got) (want.has(id) ? score.places.tp++ : score.places.fp++);
		for (const id of want) if (!got.has(id)) score.places.fn++;
		const diffs = [
			p.claimant !== e.claimant && `claimant ${p.claimant} (expected ${e.claimant})`,
			p.accused !== e.accused && `accused ${p.accused} (expected ${e.accused})`,
			p.kind !== e.kind && `kind ${p.kind} (expected ${e.kind})`,
			p.denial !== !!e.denial && `denial ${p.denial}`,
			e.date && !dateAgrees(e.date, p.date_start, p.date_end) && `date ${p.date_start}…${p.date_end} (expected ${e.date})`,
			[...got].sort().join() !== [...want].sort().join() && `places [${[...got].join(', ')}] (expected [${[...want].join(', ')}])`
		].filter(Boolean);
		if (diffs.length) notes.push(`${diffs.join('; ')}: “${e.quote}”`);
	}
	score.matchedPredicted = used.size;
	for (const p of predicted) if (!used.has(p)) notes.push(`extra claim (${p.claimant}${p.accused ? `→${p.accused}` : ''} ${p.kind}): “${p.quote.slice(0, 120)}”`);
	for (const n of annotation.non_claims) {
		const i = at(n.quote);
		const leaked = predicted.find((p) => p.start <= i && i < p.end);
		tally(score.nonClaims, !leaked);
		if (leaked) notes.push(`non-claim (${n.reason}) read as a claim (${leaked.claimant} ${leaked.kind}): “${n.quote}”`);
	}
	// Incidents: (site, date) pairs.
	const usedIncidents = new Set<IncidentProperties>();
	score.incidents.predicted = incidents.length;
	for (const e of annotation.incidents) {
		const hit = incidents.find((f) => !usedIncidents.has(f) && f.site.id === e.place && dateAgrees(e.date, f.date_start, f.date_end));
		if (hit) {
			usedIncidents.add(hit);
			score.incidents.matchedExpected++;
		} else notes.push(`missed incident ${e.place} ${e.date}`);
	}
	score.incidents.matchedPredicted = usedIncidents.size;
	return score;
}

export function sumScores(scores: Score[]): Score {
	const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
	const pair = (f: (s: Score) => [number, number]): [number, number] => [sum((s) => f(s)[0]), sum((s) => f(s)[1])];
	return {
		predicted: sum((s) => s.predicted),
		expected: sum((s) => s.expected),
		matchedPredicted: sum((s) => s.matchedPredicted),
		matchedExpected: sum((s) => s.matchedExpected),
		claimant: pair((s) => s.claimant),
		accused: pair((s) => s.accused),
		kind: pair((s) => s.kind),
		denial: pair((s) => s.denial),
		date: pair((s) => s.date),
		places: { tp: sum((s) => s.places.tp), fp: sum((s) => s.places.fp), fn: sum((s) => s.places.fn) },
		incidents: {
			predicted: sum((s) => s.incidents.predicted),
			expected: sum((s) => s.incidents.expected),
			matchedPredicted: sum((s) => s.incidents.matchedPredicted),
			matchedExpected: sum((s) => s.incidents.matchedExpected)
		},
		nonClaims: pair((s) => s.nonClaims),
		notes: scores.flatMap((s) => s.notes)
	};
}

export function figures(s: Score): Figures {
	const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
	return {
		expectedClaims: s.expected,
		claimPrecision: ratio(s.matchedPredicted, s.predicted) ?? 1,
		claimRecall: ratio(s.matchedExpected, s.expected) ?? 1,
		claimant: ratio(...s.claimant),
		accused: ratio(...s.accused),
		kind: ratio(...s.kind),
		denial: ratio(...s.denial),
		date: ratio(...s.date),
		placePrecision: ratio(s.places.tp, s.places.tp + s.places.fp),
		placeRecall: ratio(s.places.tp, s.places.tp + s.places.fn),
		incidentPrecision: ratio(s.incidents.matchedPredicted, s.incidents.predicted),
		incidentRecall: ratio(s.incidents.matchedExpected, s.incidents.expected),
		nonClaimsOut: ratio(...s.nonClaims)
	};
}
