// `npm run extract`: run the pipeline over seeds/ and data/, print a review report for the
// gazetteer editors, record the incident ids in data/incident-ids.json (so they stay stable), every
// page id published in data/published-ids.json, and where each one that is gone went in data/redirects.json.
// Exits non-zero, naming the file, line and problem, on bad input; writes nothing then.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPaths, loadCorpus } from '../src/lib/server/corpus.ts';
import { InputError } from '../src/lib/pipeline/errors.ts';
import { recordPublished } from '../src/lib/pipeline/redirects.ts';

// seeds/ and data/ may be elsewhere (ARTICLES_DIR, DATA_DIR); the basemap is part of the code, beside this script.
const paths = { ...defaultPaths(), land: join(import.meta.dirname, '..', 'static', 'basemap', 'land.geojson'), links: 'record' as const };
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

const { incidents, episodes, mentions, rejected, anchors, articles, redirects } = corpus;
const out: string[] = [];
out.push(`Articles: ${articles.length}`);
for (const a of articles) out.push(`  ${a.id}  anchor ${anchors[a.id].date ?? '—'} (${anchors[a.id].from ?? 'none: relative dates cannot be resolved'})  ${a.meta.title ?? ''}`);
out.push('', `Episodes: ${episodes.length}`);
for (const e of episodes) {
	out.push(`  ${e.id}  ${e.title}: ${e.incidents.length} incident(s), ${e.unplaced_claims.length} claim(s) without a site, ${e.reactions.length} reaction(s)`);
	for (const a of e.accounts) out.push(`      ${a.claimant}: ${a.claims} claim(s) by ${a.speakers.slice(0, 3).join('; ')}; accuses ${a.accused.join(', ') || 'no one'}${a.denies.length ? `; denies ${a.denies.join(', ')}` : ''}; sites ${a.sites.map((s) => s.name).join(', ') || 'none'}`);
}
out.push('', `Incidents: ${incidents.length}`);
for (const f of incidents) {
	const p = f.properties;
	out.push(`  ${p.id}  [${p.kind}] ${p.date_start}${p.date_end !== p.date_start ? ` … ${p.date_end}` : ''} (${p.time_precision})  ${p.title} (${p.site.precision}${p.site.area ? ', area' : ''})  episode ${p.episode}`);
	out.push(`      claims ${p.claims.length} from ${p.sources_count} source(s); claimants ${p.claimants.join(', ')}; accused ${p.accused.join(', ') || 'none'}${p.denied_by.length ? `; denied by ${p.denied_by.join(', ')}` : ''}`);
}
out.push('', `Claims by article`);
const rejectedBy: Record<string, typeof rejected> = {};
for (const r of rejected) (rejectedBy[r.source] ??= []).push(r);
for (const a of articles) {
	out.push(`  ${a.id}`);
	const lines: [number, string][] = [];
	for (const f of incidents) for (const c of f.properties.claims) if (c.source === a.id) lines.push([c.start, `${c.start}  ${c.claimant}${c.accused ? `→${c.accused}` : ''}${c.denial ? ' (denial)' : ''} ${c.kind} → incident ${f.properties.id}`]);
	for (const e of episodes) for (const c of e.unplaced_claims) if (c.source === a.id) lines.push([c.start, `${c.start}  ${c.claimant}${c.accused ? `→${c.accused}` : ''}${c.denial ? ' (denial)' : ''} ${c.kind} → episode ${e.id} (no site)`]);
	for (const r of rejectedBy[a.id] ?? []) lines.push([r.start, `${r.start}  rejected: ${r.reason.split(':')[0]}`]);
	const seen = new Set<string>();
	for (const [start, line] of lines.sort((x, y) => x[0] - y[0])) {
		if (seen.has(line)) continue;
		seen.add(line);
		const quote = a.text.slice(start, start + 80).split('\n')[0];
		out.push(`    ${line}  “${quote}…”`);
	}
}
if (redirects.length) {
	out.push('', `Published pages that moved (${redirects.length}), recorded in data/redirects.json`);
	for (const r of redirects) out.push(`  ${r.from_url} → ${r.url}  (${r.reason})`);
}
const broken = corpus.redirectProblems.filter((p) => p.problem.includes('leads'));
if (broken.length) {
	out.push('', `Redirects written by hand that lead nowhere (${broken.length}): fix them in data/redirects.json`);
	for (const p of broken) out.push(`  ${p.problem}`);
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

// Both files are written whole to a temporary file first, then moved: a failed run leaves the old ones.
const ledgerFile = join(paths.data, 'incident-ids.json');
writeFileSync(`${ledgerFile}.tmp`, JSON.stringify(corpus.ledger, null, 1) + '\n');
// Every id published stays recorded with what it held, so that a later run can send it to its new home.
const publishedFile = join(paths.data, 'published-ids.json');
const before = existsSync(publishedFile) ? JSON.parse(readFileSync(publishedFile, 'utf8')) : { incidents: {}, episodes: {} };
const published = recordPublished(before, { incidents, episodes, places: corpus.gazetteer.places.map((p) => p.id), sources: articles.map((a) => a.id) });
writeFileSync(`${publishedFile}.tmp`, JSON.stringify(published, null, 1) + '\n');
// The editor's entries stay as written; the derived ones are written afresh, after them.
const redirectsFile = join(paths.data, 'redirects.json');
const redirectsAbout =
	'Where each published page that is gone now lives. Entries without "recorded" are written by hand (a place renamed or merged, an incident an editor moved); those with "recorded": "npm run extract" are derived by it from where the page\'s claims went and rewritten on every run. The build fails when a published page (data/published-ids.json) is gone and this file does not say where.';
writeFileSync(`${redirectsFile}.tmp`, JSON.stringify({ about: redirectsAbout, redirects: corpus.redirectFile }, null, 1) + '\n');
renameSync(`${ledgerFile}.tmp`, ledgerFile);
renameSync(`${publishedFile}.tmp`, publishedFile);
renameSync(`${redirectsFile}.tmp`, redirectsFile);
console.log(`\nIds recorded in ${ledgerFile} and ${publishedFile}; redirects in ${redirectsFile}`);
