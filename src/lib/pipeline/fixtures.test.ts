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

/** What a reader checks: incidents with their claims, and how each name was read. */
function project(out: PipelineOutput) {
	return {
		incidents: out.incidents.map(({ properties: p }) => ({
			id: p.id,
			type: p.type,
			when: [p.date_start, p.date_end, p.date_precision],
			claimants: p.claimants,
			accused: p.accused,
			places: p.places.map((x) => `${x.id} (${x.precision})`),
			claims: p.claims.map((c) => ({ claimant: `${c.claimant}: ${c.claimant_name}`, accused: c.accused, type: c.type, when: [c.date_start, c.date_end], casualties: c.casualties.map((x) => `${x.text} [${x.status}: ${x.count ?? "no figure"}${x.side ? `, ${x.side}` : ""}]`), quote: c.quote })),
			disagreements: p.disagreements
		})),
		mentions: out.mentions.map((m) => `${m.surface} → ${m.place_id ?? '?'} (${m.match}, ${m.role})`)
	};
}

describe.each(readdirSync(fixtures))('fixture %s', (name) => {
	const dir = join(fixtures, name);
	const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
	const article = decodeArticle({ id: name, file: `${name}/article.txt`, bytes: readFileSync(join(dir, 'article.txt')), meta });
	const actual = project(runPipeline({ articles: [article], gazetteer, actors, ledger: {} }));
	const expectedFile = join(dir, 'expected.json');
	if (process.env.REGEN || !existsSync(expectedFile)) writeFileSync(expectedFile, JSON.stringify(actual, null, '\t') + '\n');

	test('gives the expected incidents and mentions', () => {
		expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
	});
});
