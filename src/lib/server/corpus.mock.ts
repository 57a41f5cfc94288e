// TEMPORARY MOCK of `$lib/server/corpus` (issue 3, being built by the lead): same signature, three
// hand-made incidents quoting real sentences of seeds/*.txt with exact offsets. Delete this file
// once the real module is merged; only src/lib/server/share.ts imports it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Claim, Claimant, Gazetteer, IncidentFeature, IncidentType, Mention, Place, Side, SourceMeta } from '$lib/types';

export interface Corpus {
	articles: Article[];
	gazetteer: Gazetteer;
	incidents: IncidentFeature[];
	mentions: Mention[];
	generated: string;
}

const EMPTY_META: SourceMeta = { title: null, outlet: null, url: null, published: null, language: null, notes: null };

/** ARTICLES_DIR: colon-separated article folders (default `seeds`); the e2e build adds tests/fixtures/articles. */
function readArticles(): Article[] {
	const dirs = (process.env.ARTICLES_DIR ?? 'seeds').split(':').filter(Boolean);
	return dirs.flatMap((dir) => {
		const metaFile = join(dir, 'sources.json');
		const meta: Record<string, Partial<SourceMeta>> = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {};
		return readdirSync(dir)
			.filter((f) => f.endsWith('.txt'))
			.sort()
			.map((f) => {
				const id = f.slice(0, -4);
				return { id, file: join(dir, f), text: readFileSync(join(dir, f), 'utf8'), meta: { ...EMPTY_META, ...meta[id] } };
			});
	});
}

function place(id: string, name: string, lat: number, lon: number, country: string, extra: Partial<Place> = {}): Place {
	return {
		id, name, names: { hy: null, az: null, ru: null }, aliases: [], kind: 'settlement', admin: null, country,
		controlled_by: null, contested_names: null, rank: 3, context_only: false, capital_of: null, lat, lon,
		coord_source: 'mock (approximate)', coord_checked: false, notes: null, ...extra
	};
}

const GAZETTEER: Gazetteer = {
	about: { description: 'MOCK gazetteer for issue 5 until data/gazetteer.json lands' },
	places: [
		place('goris', 'Goris', 39.5111, 46.3386, 'AM', { names: { hy: 'Գորիս', az: 'Gorus', ru: 'Горис' }, admin: 'Syunik', coord_source: 'GeoNames 174875', coord_checked: true }),
		place('jermuk', 'Jermuk', 39.8417, 45.6722, 'AM', { names: { hy: 'Ջերմուկ', az: 'Cermuk', ru: 'Джермук' }, admin: 'Vayots Dzor' }),
		place('sotk', 'Sotk', 40.2206, 45.9447, 'AM', { aliases: ['Sotak', 'Sok', 'Zod'], names: { hy: 'Սոթք', az: 'Zod', ru: 'Сотк' }, admin: 'Gegharkunik' }),
		place('kapan', 'Kapan', 39.2075, 46.4058, 'AM', { admin: 'Syunik' }),
		place('dashkesan', 'Dashkesan', 40.52, 46.08, 'AZ', { kind: 'district', aliases: ['Dasheksan', 'Daşkəsən'] }),
		place('kalbajar', 'Kalbajar', 40.105, 46.0383, 'AZ', { kind: 'district', aliases: ['Kelbajar', 'Karvachar'] }),
		place('lachin', 'Lachin', 39.6383, 46.5461, 'AZ', {
			aliases: ['Lasin', 'Berdzor'], names: { hy: 'Բերձոր', az: 'Laçın', ru: 'Лачин' },
			contested_names: { AM: 'Berdzor', AZ: 'Lachin' },
			controlled_by: [{ by: 'AM', from: '1992-05-18', to: '2022-08-26' }, { by: 'AZ', from: '2022-08-26', to: null }]
		}),
		place('yerevan', 'Yerevan', 40.1811, 44.5136, 'AM', { rank: 1, capital_of: 'AM' }),
		place('baku', 'Baku', 40.4093, 49.8671, 'AZ', { rank: 1, capital_of: 'AZ', names: { hy: 'Բաքու', az: 'Bakı', ru: 'Баку' } })
	]
};

interface ClaimSpec {
	file: string;
	quote: string;
	claimant: Claimant;
	claimant_name: string;
	accused: Side | null;
}

function claimOf(articles: Article[], spec: ClaimSpec, type: IncidentType, dates: [string, string]): Claim {
	const article = articles.find((a) => a.id === spec.file);
	if (!article) throw new Error(`mock: no article ${spec.file}`);
	const start = article.text.indexOf(spec.quote);
	if (start < 0) throw new Error(`mock: quote not found in ${spec.file}: ${spec.quote.slice(0, 40)}`);
	return {
		claimant: spec.claimant, claimant_name: spec.claimant_name, accused: spec.accused, type, statement: spec.quote,
		date_start: dates[0], date_end: dates[1], date_precision: null, time_zone: null, weapons: [], casualties: [], places: [],
		source: article.id, start, end: start + spec.quote.length, quote: spec.quote
	};
}

interface IncidentSpec {
	id: string;
	title: string;
	type: IncidentType;
	dates: [string, string];
	precision: IncidentFeature['properties']['date_precision'];
	places: string[];
	claims: ClaimSpec[];
	disagreements?: string[];
}

function incidentOf(articles: Article[], spec: IncidentSpec): IncidentFeature {
	const claims = spec.claims.map((c) => claimOf(articles, c, spec.type, spec.dates));
	const places = spec.places.map((id) => {
		const p = GAZETTEER.places.find((g) => g.id === id)!;
		return { id, name: p.name, lat: p.lat, lon: p.lon, precision: 'direction' as const };
	});
	const title = (id: string) => articles.find((a) => a.id === id)?.meta.title ?? null;
	return {
		type: 'Feature',
		geometry: places.length === 1 ? { type: 'Point', coordinates: [places[0].lon, places[0].lat] } : { type: 'MultiPoint', coordinates: places.map((p) => [p.lon, p.lat]) },
		properties: {
			id: spec.id, title: spec.title, summary: spec.title, type: spec.type, date_start: spec.dates[0], date_end: spec.dates[1],
			date_precision: spec.precision, claimants: [...new Set(claims.map((c) => c.claimant))],
			accused: [...new Set(claims.map((c) => c.accused).filter((a): a is Side => a !== null))], places, claims,
			sources: claims.map((c) => ({ source: c.source, title: title(c.source), start: c.start, end: c.end, quote: c.quote })),
			disagreements: spec.disagreements ?? [], url: `/incidents/${spec.id}`
		}
	};
}

const AM_MOD = { claimant: 'AM' as const, claimant_name: 'Armenian Defense Ministry', accused: 'AZ' as const };
const AZ_MOD = { claimant: 'AZ' as const, claimant_name: 'Azerbaijani Defense Ministry', accused: 'AM' as const };

const SPECS: IncidentSpec[] = [
	{
		id: '2022-09-13-goris-sotk-jermuk', title: 'Shelling towards Goris, Sotk and Jermuk', type: 'shelling',
		dates: ['2022-09-13T00:05:00+04:00', '2022-09-13T00:05:00+04:00'], precision: 'minute', places: ['goris', 'sotk', 'jermuk'],
		claims: [
			{ file: '004_40bf29ce910d5a17', quote: 'On September 13, at 00:05, units of the Azerbaijani armed forces opened intense fire in the direction of the settlements of Goris, Sotk and Jermuk using artillery and large-caliber firearms.', ...AM_MOD },
			{ file: '002_8cfc11e6a8a8e6fd', quote: 'In a statement, Armenia’s defence ministry said that at 00:05 GMT on Tuesday, Azerbaijan started “intensive shelling” of Armenian military positions near the cities of Goris, Sok, and Jermuk.', ...AM_MOD },
			{ file: '000_b2d142a61056506b', quote: 'At midnight on Tuesday, Azerbaijan launched intensive shelling with artillery and heavy caliber firearms on Armenian military positions in the direction of the cities of Goris, Sotak and Jermuk, the Armenian Defense Ministry said in a statement.', ...AM_MOD }
		],
		disagreements: ['Time of the first shelling: 00:05 local time (UTC+4) in one source, 00:05 GMT (04:05 UTC+4) in another, “midnight” in a third.']
	},
	{
		id: '2022-09-13-dashkesan-kalbajar-lachin', title: 'Sabotage alleged near Dashkesan, Kalbajar and Lachin', type: 'sabotage',
		dates: ['2022-09-13', '2022-09-13'], precision: 'day', places: ['dashkesan', 'kalbajar', 'lachin'],
		claims: [
			{ file: '000_b2d142a61056506b', quote: 'At the same time, the Azerbaijani Defense Ministry accuses Armenia of committing “large-scale sabotage acts” near the border areas of Dasheksan, Kalbajar and Lasin, adding that its positions were bombed.', ...AZ_MOD },
			{ file: '002_8cfc11e6a8a8e6fd', quote: 'But Azerbaijan’s defence ministry said that Armenia had done “large-scale subversive acts” near the border districts of Dashkesan, Kelbajar, and Lachin.', ...AZ_MOD }
		]
	},
	{
		id: '2022-08-lachin', title: 'Azerbaijani army retakes Lachin', type: 'territorial control',
		dates: ['2022-08-01', '2022-08-31'], precision: 'month', places: ['lachin'],
		claims: [{ file: '003_a3e4b13dac06d6a5', quote: 'In August, the Azerbaijani army retook the town of Lachin, which lies along a road connecting Armenia and Nagorno-Karabakh, for the first time in 30 years as part of a ceasefire agreement.', claimant: 'media', claimant_name: 'TIME', accused: null }]
	}
];

/** Articles from extra folders (test fixtures) each get one incident quoting their second paragraph. */
function fixtureSpecs(articles: Article[]): IncidentSpec[] {
	return articles
		.filter((a) => !a.file.startsWith('seeds'))
		.map((a) => ({
			id: `2022-09-13-fixture-${a.id.replace(/[^a-z0-9]+/g, '-')}`, title: `Fixture incident from ${a.id}`, type: 'shelling' as const,
			dates: ['2022-09-13', '2022-09-13'] as [string, string], precision: 'day' as const, places: ['jermuk'],
			claims: [{ file: a.id, quote: a.text.split('\n\n')[1].trim(), ...AM_MOD }]
		}));
}

function mentionsOf(articles: Article[]): Mention[] {
	const out: Mention[] = [];
	for (const a of articles)
		for (const p of GAZETTEER.places)
			for (const surface of [p.name, ...p.aliases]) {
				for (const m of a.text.matchAll(new RegExp(`\\b${surface}\\b`, 'g'))) {
					out.push({ source: a.id, start: m.index, end: m.index + surface.length, surface, place_id: p.id, name: p.name, lat: p.lat, lon: p.lon,
						role: p.capital_of ? 'context' : 'incident-site', match: surface === p.name ? 'exact' : 'alias', confidence: 1 });
				}
			}
	return out.sort((x, y) => x.source.localeCompare(y.source) || x.start - y.start);
}

let cached: Corpus | undefined;

/** The mock corpus (memoised). */
export function getCorpus(): Corpus {
	if (cached) return cached;
	const articles = readArticles();
	const incidents = [...SPECS, ...fixtureSpecs(articles)].map((s) => incidentOf(articles, s));
	cached = { articles, gazetteer: GAZETTEER, incidents, mentions: mentionsOf(articles), generated: '2022-09-14' };
	return cached;
}
