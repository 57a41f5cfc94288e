// Fixture articles with their expected incidents and mentions: one folder per case, each
// {article.txt, meta.json, expected.json}. REGEN=1 rewrites expected.json; review that diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseActors } from './actors';
import { decodeArticle } from './articles';
import { parseGazetteer } from './gazetteer';
import { runPipeline, type PipelineOutput } from './index';

const here = import.meta.dirname;
const root = join(here, '../../..');
const gazetteer = parseGazetteer(readFileSync(join(root, 'data/gazetteer.json'), 'utf8'), 'data/gazetteer.json');
const actors = parseActors(readFileSync(join(root, 'data/actors.json'), 'utf8'), 'data/actors.json');
const fixtures = join(here, 'fixtures');

/** What a reader checks: incidents with their claims, episodes with each side's account, and how each name was read. */
function project(out: PipelineOutput) {
	return {
		incidents: out.incidents.map(({ properties: p }) => ({
			id: p.id,
			episode: p.episode,
			kind: p.kind,
			site: `${p.site.id} (${p.site.precision})`,
			when: [p.date_start, p.date_end, p.time_precision],
			claimants: p.claimants,
			accused: p.accused,
			denied_by: p.denied_by,
			claims: p.claims.map((c) => ({ claimant: `${c.claimant}: ${c.claimant_name}`, accused: c.accused, denial: c.denial, kind: c.kind, when: [c.date_start, c.date_end], casualties: c.casualties.map((x) => `${x.text} [${x.status}: ${x.count ?? 'no figure'}${x.side ? `, ${x.side}` : ''}]`), quote: c.quote })),
			disagreements: p.disagreements
		})),
		episodes: out.episodes.map((e) => ({ id: e.id, incidents: e.incidents, accounts: e.accounts.map((a) => `${a.claimant}: accuses ${a.accused.join(', ') || 'no one'}${a.denies.length ? `, denies ${a.denies.join(', ')}` : ''}`), unplaced: e.unplaced_claims.map((c) => c.quote) })),
		rejected: out.rejected.map((r) => `${r.reason.split(':')[0]}: ${r.quote}`),
		mentions: out.mentions.map((m) => `${m.surface} → ${m.place_id ?? '?'} (${m.match}, ${m.role})`)
	};
}

describe.each(readdirSync(fixtures))('fixture %s', (name) => {
	const dir = join(fixtures, name);
	const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
	const article = decodeArticle({ id: name, file: `${name}/article.txt`, bytes: readFileSync(join(dir, 'article.txt')), meta });
	const actual = project(runPipeline({ articles: [article], gazetteer, actors, ledger: {} }));
	const expectedFile = join(dir, 'expected.json');
	// REGEN=1 rewrites expected.json from the program: review that diff line by line before committing it.
	if (process.env.REGEN) writeFileSync(expectedFile, JSON.stringify(actual, null, '\t') + '\n');

	test('has an expected.json written by a reader', () => {
		expect(existsSync(expectedFile), `${name}/expected.json is missing: write what a careful reader finds in the article`).toBe(true);
	});

	test('gives the expected incidents, episodes and mentions', () => {
		expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
	});
});
