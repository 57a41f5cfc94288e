// A static file server for the web benchmark: serves a built site the way a static host does
// (gzip for text, `/x` → `x.html`), and counts the compressed bytes it sends, by kind.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
	'.geojson': 'application/geo+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.pbf': 'application/x-protobuf'
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.pbf']);

/** A string in MapLibre's bundle (a warning it logs), found in no other code. */
const MAPLIBRE_MARK = 'Too many glyphs being rendered in a tile';

export type ByteKind = 'app' | 'maplibre' | 'data' | 'basemap' | 'other';

/**
 * What a request's bytes count as: MapLibre (its worker, and the chunk holding its code, see
 * vite.config.ts, told by a message only MapLibre has), the app's JavaScript, the incident data, the basemap.
 */
export function kindOf(path: string, content = ''): ByteKind {
	if (/maplibre-gl-worker/.test(path) || path.startsWith('/__bench/maplibre') || content.includes(MAPLIBRE_MARK)) return 'maplibre';
	if (/\.m?js$/.test(path)) return 'app';
	if (path.startsWith('/data/')) return 'data';
	if (path.startsWith('/basemap/')) return 'basemap';
	return 'other';
}

export interface StaticServer {
	server: Server;
	bytes: Record<ByteKind, number>;
	reset(): void;
	close(): Promise<void>;
}

/** Serves `roots` (the first holding a path wins) on `port`; gzipped bodies are cached by path and modification time. */
export function serve(roots: string[], port: number): Promise<StaticServer> {
	const cache = new Map<string, { mtime: number; body: Buffer }>();
	const bytes: Record<ByteKind, number> = { app: 0, maplibre: 0, data: 0, basemap: 0, other: 0 };
	const find = (path: string) => {
		for (const root of roots) {
			for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
				const file = join(root, normalize(candidate));
				if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
			}
		}
		return null;
	};
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const file = find(path);
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		const ext = extname(file);
		const gzip = COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		let body: Buffer;
		if (gzip) {
			const mtime = statSync(file).mtimeMs;
			const hit = cache.get(file);
			body = hit && hit.mtime === mtime ? hit.body : gzipSync(readFileSync(file), { level: 6 });
			if (!hit || hit.mtime !== mtime) cache.set(file, { mtime, body });
		} else body = readFileSync(file);
		bytes[kindOf(path, /\.m?js$/.test(ext) ? readFileSync(file, 'utf8') : '')] += body.length;
		res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
		res.end(body);
	});
	return new Promise((resolve) =>
		server.listen(port, '127.0.0.1', () =>
			resolve({
				server,
				bytes,
				reset: () => (Object.keys(bytes) as ByteKind[]).forEach((k) => (bytes[k] = 0)),
				close: () => new Promise((r) => server.close(() => r()))
			})
		)
	);
}
