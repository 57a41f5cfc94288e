// `npm run check:data`: read and check every input the site is built from (the articles in seeds/,
// seeds/sources.json, data/gazetteer.json, data/actors.json), stopping on the first bad one with its
// file, line and problem; then print the gazetteer's entries per kind and per province, which
// coordinates are unchecked, and a one-line summary.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGazetteer } from '../src/lib/pipeline/gazetteer.ts';
import type { PlaceRecord } from '../src/lib/gazetteer/draft.ts';
import { InputError } from '../src/lib/pipeline/errors.ts';
import { defaultPaths, loadCorpus } from '../src/lib/server/corpus.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let places: PlaceRecord[];
let corpus: ReturnType<typeof loadCorpus>;
try {
	places = parseGazetteer(readFileSync(join(root, 'data/gazetteer.json'), 'utf8'), 'data/gazetteer.json').places as PlaceRecord[];
	corpus = loadCorpus(defaultPaths(root));
} catch (e) {
	console.error(`error: ${e instanceof InputError ? e.message : String(e)}`);
	process.exit(1);
}

function table(title: string, key: (p: PlaceRecord) => string): void {
	const counts = new Map<string, number>();
	for (const p of places) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
	console.log(`\n${title}`);
	for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${String(n).padStart(4)}  ${k}`);
}

console.log(`data/gazetteer.json: ${places.length} entries`);
table('By kind', (p) => p.kind);
table('By country and province (de jure; Azerbaijani provinces are the economic regions of 2021)', (p) => `${p.country} ${p.province ?? '—'}`);
table('Settlements by country and province', (p) => (p.kind === 'settlement' ? `${p.country} ${p.province ?? '—'}` : '(not a settlement)'));
const unchecked = places.filter((p) => !p.coord_checked);
console.log(`\nCoordinates not checked against a second source: ${unchecked.length}`);
for (const p of unchecked) console.log(`  ${p.id}: ${p.coord_source}`);

const unresolved = corpus.mentions.filter((m) => m.place_id === null).length;
console.log(
	`\ncheck:data ok: ${corpus.articles.length} articles, ${places.length} places (${unchecked.length} unchecked), ${corpus.incidents.length} incidents in ${corpus.episodes.length} episodes, ${corpus.rejected.length} sentences left out, ${unresolved} names without a place`
);
