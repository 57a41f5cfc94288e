// The one place that reads data/ and seeds/ from disk; used by prerendered routes and by scripts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../types';

/** Repository root: the build and the scripts both run from it. */
export const ROOT = process.cwd();
export const GAZETTEER_FILE = process.env.TMP_GAZ ?? join(ROOT, 'data', 'gazetteer.json');

export function readGazetteer(): Gazetteer {
	return JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as Gazetteer;
}
