// Reads seeds/ and data/ from disk (the only module that does) and runs the pipeline once per process.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import type { Article, Episode, ExplorerEpisode, ExplorerIncident, Gazetteer, IncidentFeature, Mention, Redirect, SourceMeta } from '../types';
import { parseActors } from '../pipeline/actors';
import { decodeArticle, duplicateOf, parseSources } from '../pipeline/articles';
import { InputError, lineAt } from '../pipeline/errors';
import type { Rejected } from '../pipeline/claims';
import { parseGazetteer } from '../pipeline/gazetteer';
import { checkPlaceCountries } from '../pipeline/gazetteer-countries';
import type { IdLedger } from '../pipeline/ids';
import { parseRedirects, type PublishedIds, type RedirectEntry } from '../pipeline/redirects';
import { runPipeline } from '../pipeline/index';
import { dataDate } from '../data-date';

export interface CorpusPaths {
	/** Folders of articles (ID.txt, optional sources.json), read in order. */
	seeds: string[];
	data: string;
	/** The basemap's country polygons, for the gazetteer's country check (default static/basemap/land.geojson). */
	land?: string;
	/**
	 * What to do with the record of published pages (data/published-ids.json, data/redirects.json):
	 * `check` (the default, for the build) fails when a published page is gone and the record does not
	 * say where; `record` (npm run extract) derives where and leaves writing it to the caller; `ignore`
	 * (the evaluation, on other articles) does not read them.
	 */
	links?: 'check' | 'record' | 'ignore';
}

export interface Corpus {
	articles: Article[];
	gazetteer: Gazetteer;
	incidents: IncidentFeature[];
	explorer: ExplorerIncident[];
	episodes: Episode[];
	explorerEpisodes: ExplorerEpisode[];
	mentions: Mention[];
	rejected: Rejected[];
	/** Ids published before that the data no longer has, and where they went. */
	redirects: Redirect[];
	/** The entries of data/redirects.json as `npm run extract` would write them: the editor's, then the derived ones. */
	redirectFile: RedirectEntry[];
	ledger: IdLedger;
	anchors: ReturnType<typeof runPipeline>['anchors'];
	/** ISO date of the data, for citations: the newest publication date sources.json states, else the build's day (src/lib/data-date.ts). */
	generated: string;
}

/**
 * Default locations; ARTICLES_DIR (one folder, or several joined with the path delimiter ":")
 * and DATA_DIR override them (the browser tests add a fixture folder).
 */
export function defaultPaths(root = process.cwd()): CorpusPaths {
	const seeds = process.env.ARTICLES_DIR ? process.env.ARTICLES_DIR.split(delimiter).filter(Boolean) : [join(root, 'seeds')];
	return { seeds, data: process.env.DATA_DIR ?? join(root, 'data'), land: join(root, 'static', 'basemap', 'land.geojson') };
}

/** Reads and checks every input; throws an InputError naming the file, line and problem. */
export function loadCorpus(paths: CorpusPaths = defaultPaths()): Corpus {
	const rel = (p: string) => relative(process.cwd(), p) || p;
	const gazetteerFile = join(paths.data, 'gazetteer.json');
	const gazetteerText = readFileSync(gazetteerFile, 'utf8');
	const gazetteer = parseGazetteer(gazetteerText, rel(gazetteerFile));
	const land = JSON.parse(readFileSync(paths.land ?? join(process.cwd(), 'static', 'basemap', 'land.geojson'), 'utf8'));
	checkPlaceCountries({ gazetteer, land, text: gazetteerText, file: rel(gazetteerFile) });
	const actorsFile = join(paths.data, 'actors.json');
	const actors = parseActors(readFileSync(actorsFile, 'utf8'), rel(actorsFile));
	const ledgerFile = join(paths.data, 'incident-ids.json');
	const ledger: IdLedger = existsSync(ledgerFile) ? JSON.parse(readFileSync(ledgerFile, 'utf8')) : {};
	const links = paths.links ?? 'check';
	const publishedFile = join(paths.data, 'published-ids.json');
	const published: PublishedIds = links !== 'ignore' && existsSync(publishedFile) ? JSON.parse(readFileSync(publishedFile, 'utf8')) : { incidents: {}, episodes: {} };
	const redirectsFile = join(paths.data, 'redirects.json');
	const redirectsText = links !== 'ignore' && existsSync(redirectsFile) ? readFileSync(redirectsFile, 'utf8') : null;
	const fileRedirects = redirectsText === null ? [] : parseRedirects(redirectsText, rel(redirectsFile));
	const articles: Article[] = [];
	const seen = new Map<string, string>();
	for (const folder of paths.seeds) {
		const sourcesFile = join(folder, 'sources.json');
		const sources: Record<string, SourceMeta> = existsSync(sourcesFile) ? parseSources(readFileSync(sourcesFile, 'utf8'), rel(sourcesFile)) : {};
		for (const f of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
			const id = f.slice(0, -4);
			const file = rel(join(folder, f));
			if (seen.has(id)) throw new InputError(file, null, `article id "${id}" is also ${seen.get(id)}`);
			seen.set(id, file);
			const article = decodeArticle({ id, file, bytes: readFileSync(join(folder, f)), meta: sources[id] ?? null });
			const twin = duplicateOf(articles, article);
			if (twin) throw new InputError(file, null, `the same text as ${twin}: an article is read once`);
			articles.push(article);
		}
		for (const id of Object.keys(sources)) {
			const line = readFileSync(sourcesFile, 'utf8').split('\n').findIndex((l) => l.includes(JSON.stringify(id))) + 1;
			if (!existsSync(join(folder, `${id}.txt`))) throw new InputError(rel(sourcesFile), line || null, `entry "${id}" names an article that does not exist (${rel(join(folder, `${id}.txt`))})`);
		}
	}
	const out = runPipeline({ articles, gazetteer, actors, ledger, published, redirects: fileRedirects });
	if (links === 'check' && out.redirectProblems.length) {
		const first = out.redirectProblems[0];
		const file = first.file === 'data/redirects.json' ? redirectsFile : publishedFile;
		const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
		const id = first.from.slice(first.from.indexOf('/', 1) + 1);
		const at = text.indexOf(first.file === 'data/redirects.json' ? JSON.stringify(first.from) : JSON.stringify(id));
		const more = out.redirectProblems.length > 1 ? ` (and ${out.redirectProblems.length - 1} more: \`npm run extract\` lists them)` : '';
		throw new InputError(rel(file), at >= 0 ? lineAt(text, at) : null, first.problem + more);
	}
	const redirectFile = [...fileRedirects.filter((e) => !e.recorded), ...out.recorded];
	return { articles, gazetteer, ...out, redirectFile, generated: dataDate({ published: articles.map((a) => a.meta), today: new Date() }) };
}

let cached: Corpus | null = null;

/** The corpus, read once per process (the build prerenders many routes from it). */
export function getCorpus(): Corpus {
	return (cached ??= loadCorpus());
}
