// Synthetic data at scale (issue 13): replaces the explorer's data in a built site with seeded,
// made-up incidents, so that the explorer can be tried and measured at 1,000 to 100,000 incidents.
//
//   DATA=synthetic-100k npm run build      # the build runs this script last; without DATA it does nothing
//   tsx scripts/synthetic.ts --count 10000 [--seed 13] [--out build]
//
// It writes, under <out>/data/: explorer.json, explorer-index.json, search.json and one
// incidents/<id>.json per incident (what the explorer's panel opens). Incident, episode and source
// pages are not made for synthetic rows: they keep showing the seed corpus.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticIncidents } from '../src/lib/synthetic/generate.ts';
import { encodeIndex } from '../src/lib/explorer/index-codec.ts';
import type { Gazetteer } from '../src/lib/types.ts';

const root = join(import.meta.dirname, '..');

/** `synthetic-100k` → 100000, `synthetic-1500` → 1500; anything else is an error. */
export function countOf(name: string): number {
	const m = /^synthetic-(\d+)(k?)$/.exec(name);
	if (!m) throw new Error(`Unexpected DATA value: ${name} (expected synthetic-<count>, like synthetic-10k).`);
	return Number(m[1]) * (m[2] ? 1000 : 1);
}

/** Writes `count` synthetic incidents into the built site at `out`; returns the number of files written. */
export function writeSynthetic({ count, seed = 13, out }: { count: number; seed?: number; out: string }): number {
	const gazetteer = JSON.parse(readFileSync(join(root, 'data', 'gazetteer.json'), 'utf8')) as Gazetteer;
	const { explorer, details, search } = syntheticIncidents({ count, seed, places: gazetteer.places });
	const data = join(out, 'data');
	const dir = join(data, 'incidents');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(data, 'explorer.json'), JSON.stringify(explorer));
	writeFileSync(join(data, 'explorer-index.json'), JSON.stringify(encodeIndex(explorer)));
	writeFileSync(join(data, 'search.json'), JSON.stringify(search));
	for (const d of details) writeFileSync(join(dir, `${d.id}.json`), JSON.stringify(d));
	return 3 + details.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({ options: { count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } });
	const name = process.env.DATA;
	if (values.count === undefined && !name) process.exit(0); // a plain build: the seed corpus stays
	const count = values.count !== undefined ? Number(values.count) : countOf(name!);
	const out = values.out ?? join(root, process.env.BUILD_DIR || 'build');
	const started = performance.now();
	const files = writeSynthetic({ count, seed: values.seed ? Number(values.seed) : undefined, out });
	console.log(`synthetic: ${count} incidents, ${files} files in ${out}/data (${Math.round(performance.now() - started)} ms)`);
}
