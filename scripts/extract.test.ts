// `npm run extract` as a user runs it: a report on good input; on bad input a non-zero exit, a
// message naming the file and line, and nothing written.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'extract-'));
	cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true });
	cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
	rmSync(join(dir, 'data', 'incident-ids.json'), { force: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function extract() {
	return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/extract.ts')], {
		cwd: dir,
		env: { ...process.env, ARTICLES_DIR: join(dir, 'seeds'), DATA_DIR: join(dir, 'data') },
		encoding: 'utf8'
	});
}

test('prints a review report and records the ids', () => {
	const run = extract();
	expect(run.status).toBe(0);
	expect(run.stdout).toMatch(/^Incidents: \d+/m);
	expect(run.stdout).toContain('"Sotak" → sotk');
	expect(run.stdout).toContain('Sources give different times for the start');
	const ledger = JSON.parse(readFileSync(join(dir, 'data', 'incident-ids.json'), 'utf8'));
	expect(Object.keys(ledger).length).toBeGreaterThan(0);
}, 60_000);

test('a binary article stops it with the file named, and nothing is written', () => {
	writeFileSync(join(dir, 'seeds', 'zz_bad.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]));
	const run = extract();
	expect(run.status).toBe(1);
	expect(run.stderr).toContain('error: seeds/zz_bad.txt:1: binary file');
	expect(existsSync(join(dir, 'data', 'incident-ids.json'))).toBe(false);
}, 60_000);

test('a gazetteer entry with bad coordinates stops it with the line named', () => {
	const file = join(dir, 'data', 'gazetteer.json');
	writeFileSync(file, readFileSync(file, 'utf8').replace(/("id": "goris",[\s\S]*?"lat": )[\d.]+/, '$1123.4'));
	const run = extract();
	expect(run.status).toBe(1);
	expect(run.stderr).toMatch(/^error: data\/gazetteer\.json:\d+: entry \d+ \("goris"\): lat 123\.4 is out of range -90\.\.90/m);
}, 60_000);

test('a gazetteer entry with latitude and longitude swapped stops it, and nothing is written', () => {
	const file = join(dir, 'data', 'gazetteer.json');
	const text = readFileSync(file, 'utf8');
	const goris = /("id": "goris",[\s\S]*?"lat": )([\d.]+)(,\s*"lon": )([\d.]+)/;
	expect(text).toMatch(goris);
	writeFileSync(file, text.replace(goris, '$1$4$3$2'));
	const run = extract();
	expect(run.status).toBe(1);
	expect(run.stderr).toMatch(/^error: data\/gazetteer\.json:\d+: entry \d+ \("goris"\): lat [\d.]+, lon [\d.]+ is \d+\.\d km outside AM on the basemap \(latitude and longitude look swapped\)/m);
	expect(existsSync(join(dir, 'data', 'incident-ids.json'))).toBe(false);
}, 60_000);

test('an article that repeats another stops it, naming both files', () => {
	writeFileSync(join(dir, 'seeds', 'zz_copy.txt'), readFileSync(join(dir, 'seeds', '003_a3e4b13dac06d6a5.txt')));
	const run = extract();
	expect(run.status).toBe(1);
	expect(run.stderr).toContain('error: seeds/zz_copy.txt: the same text as seeds/003_a3e4b13dac06d6a5.txt');
	expect(existsSync(join(dir, 'data', 'incident-ids.json'))).toBe(false);
}, 60_000);

test('sources.json naming an article that does not exist stops it with the line named', () => {
	const file = join(dir, 'seeds', 'sources.json');
	writeFileSync(file, readFileSync(file, 'utf8').replace(/\n}\s*$/, ',\n  "999_missing": { "title": "Nowhere" }\n}\n'));
	const run = extract();
	expect(run.status).toBe(1);
	expect(run.stderr).toMatch(/^error: seeds\/sources\.json:\d+: entry "999_missing" names an article that does not exist/m);
}, 60_000);

test('an article removed: the data check names the page left without a home, and extract records where it went', () => {
	const check = () =>
		spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/check-data.ts')], {
			cwd: dir,
			env: { ...process.env, ARTICLES_DIR: join(dir, 'seeds'), DATA_DIR: join(dir, 'data') },
			encoding: 'utf8'
		});
	expect(check().status).toBe(0);
	rmSync(join(dir, 'seeds', '004_40bf29ce910d5a17.txt'));
	const sources = join(dir, 'seeds', 'sources.json');
	const meta = JSON.parse(readFileSync(sources, 'utf8'));
	delete meta['004_40bf29ce910d5a17'];
	writeFileSync(sources, JSON.stringify(meta, null, 2));
	const before = check();
	expect(before.status).toBe(1);
	expect(before.stderr).toMatch(/^error: data\/redirects\.json: \/\w+\/\S+ was published and is gone, and data\/redirects\.json does not record where it went .*run `npm run extract`/m);
	const run = extract();
	expect(run.status).toBe(0);
	expect(run.stdout).toContain('/sources/004_40bf29ce910d5a17 → /sources  (the article was removed from the sources)');
	const recorded = JSON.parse(readFileSync(join(dir, 'data', 'redirects.json'), 'utf8')).redirects as { from: string; to: string }[];
	expect(recorded).toContainEqual(expect.objectContaining({ from: '/sources/004_40bf29ce910d5a17', to: '/sources' }));
	expect(check().status).toBe(0);
}, 120_000);
