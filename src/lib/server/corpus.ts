// Reads seeds/ and data/ from disk (the only module that does) and runs the pipeline once per process.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article, ExplorerIncident, Gazetteer, IncidentFeature, Mention, SourceMeta } from '../types';
import { parseActors } from '../pipeline/actors';
import { decodeArticle, parseSources } from '../pipeline/articles';
import type { Rejected } from '../pipeline/claims';
import { parseGazetteer } from '../pipeline/gazetteer';
import type { IdLedger } from '../pipeline/ids';
import { runPipeline } from '../pipeline/index';

export interface CorpusPaths {
	seeds: string;
	data: string;
}

export interface Corpus {
	articles: Article[];
	gazetteer: Gazetteer;
	incidents: IncidentFeature[];
	explorer: ExplorerIncident[];
	mentions: Mention[];
	rejected: Rejected[];
	ledger: IdLedger;
	anchors: ReturnType<typeof runPipeline>['anchors'];
	/** ISO date of the newest article (its anchor), for citations: the data changes only when articles do. */
	generated: string;
}

/** Default locations; ARTICLES_DIR and DATA_DIR override them (tests use fixture folders). */
export function defaultPaths(root = process.cwd()): CorpusPaths {
	return { seeds: process.env.ARTICLES_DIR ?? join(root, 'seeds'), data: process.env.DATA_DIR ?? join(root, 'data') };
}

/** Reads and checks every input; throws an InputError naming the file, line and problem. */
export function loadCorpus(paths: CorpusPaths = defaultPaths()): Corpus {
	const rel = (p: string) => relative(process.cwd(), p) || p;
	const gazetteerFile = join(paths.data, 'gazetteer.json');
	const gazetteer = parseGazetteer(readFileSync(gazetteerFile, 'utf8'), rel(gazetteerFile));
	const actorsFile = join(paths.data, 'actors.json');
	const actors = parseActors(readFileSync(actorsFile, 'utf8'), rel(actorsFile));
	const ledgerFile = join(paths.data, 'incident-ids.json');
	const ledger: IdLedger = existsSync(ledgerFile) ? JSON.parse(readFileSync(ledgerFile, 'utf8')) : {};
	const sourcesFile = join(paths.seeds, 'sources.json');
	const sources: Record<string, SourceMeta> = existsSync(sourcesFile) ? parseSources(readFileSync(sourcesFile, 'utf8'), rel(sourcesFile)) : {};
	const articles = readdirSync(paths.seeds)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => {
			const id = f.slice(0, -4);
			return decodeArticle({ id, file: rel(join(paths.seeds, f)), bytes: readFileSync(join(paths.seeds, f)), meta: sources[id] ?? null });
		});
	const out = runPipeline({ articles, gazetteer, actors, ledger });
	const dates = Object.values(out.anchors).map((a) => a.date).filter((d): d is string => !!d).sort();
	return { articles, gazetteer, ...out, generated: dates[dates.length - 1] ?? '1970-01-01' };
}

let cached: Corpus | null = null;

/** The corpus, read once per process (the build prerenders many routes from it). */
export function getCorpus(): Corpus {
	return (cached ??= loadCorpus());
}
