// `npm run extract`: run the pipeline over seeds/ and data/, print a review report for the
// gazetteer editors, and record the incident ids in data/incident-ids.json (so they stay stable).
// Exits non-zero, naming the file, line and problem, on bad input; writes nothing then.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPaths, loadCorpus } from '../src/lib/server/corpus.ts';
import { InputError } from '../src/lib/pipeline/errors.ts';

const paths = defaultPaths();
let corpus;
try {
	corpus = loadCorpus(paths);
} catch (e) {
	if (e instanceof InputError) {
		console.error(`error: ${e.message}`);
		process.exit(1);
	}
	throw e;
}

const { incidents, mentions, rejected, anchors, articles } = corpus;
const out: string[] = [];
out.push(`Articles: ${articles.length}`);
for (const a of articles) out.push(`  ${a.id}  anchor ${anchors[a.id].date ?? '—'} (${anchors[a.id].from ?? 'none: relative dates cannot be resolved'})  ${a.meta.title ?? ''}`);
out.push('', `Incidents: ${incidents.length}`);
for (const f of incidents) {
	const p = f.properties;
	out.push(`  ${p.id}  [${p.type}] ${p.date_start}${p.date_end !== p.date_start ? ` … ${p.date_end}` : ''} (${p.date_precision})  ${p.title}`);
	out.push(`      claims ${p.claims.length} from ${new Set(p.sources.map((s) => s.source)).size} article(s); claimants ${p.claimants.join(', ')}; accused ${p.accused.join(', ') || 'none'}`);
}
const unresolved = mentions.filter((m) => m.place_id === null);
const fuzzy = mentions.filter((m) => m.place_id !== null && m.match === 'fuzzy');
out.push('', `Names that matched no place (${unresolved.length}): add them to data/gazetteer.json if they are places`);
for (const m of unresolved) out.push(`  ${m.source}:${m.start}  "${m.surface}"`);
out.push('', `Names matched only fuzzily (${fuzzy.length}): check, and add the spelling as an alias if it is right`);
for (const m of fuzzy) out.push(`  ${m.source}:${m.start}  "${m.surface}" → ${m.place_id} (confidence ${m.confidence})`);
const disagreements = incidents.filter((f) => f.properties.disagreements.length > 0);
out.push('', `Disagreements between sources (${disagreements.reduce((n, f) => n + f.properties.disagreements.length, 0)})`);
for (const f of disagreements) for (const d of f.properties.disagreements) out.push(`  ${f.properties.id}: ${d}`);
out.push('', `Sentences left out on purpose (${rejected.length})`);
for (const r of rejected) out.push(`  ${r.source}:${r.start}  ${r.reason}: "${r.quote.slice(0, 90)}${r.quote.length > 90 ? '…' : ''}"`);
console.log(out.join('\n'));

const ledgerFile = join(paths.data, 'incident-ids.json');
writeFileSync(`${ledgerFile}.tmp`, JSON.stringify(corpus.ledger, null, 1) + '\n');
renameSync(`${ledgerFile}.tmp`, ledgerFile);
console.log(`\nIds recorded in ${ledgerFile}`);
