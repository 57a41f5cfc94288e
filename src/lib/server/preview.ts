// Link-preview PNGs made at build time with resvg, from the fonts that ship with the site, so the
// images are the same on every machine (no system fonts are read).
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { woffToSfnt } from './woff';

/** Noto Sans (latin, latin-ext for Azerbaijani letters, cyrillic), regular and bold, from @fontsource/noto-sans. */
const FONT_FILES = ['latin', 'latin-ext', 'cyrillic'].flatMap((subset) =>
	['400', '700'].map((weight) => `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)
);

let fontPaths: string[] | undefined;

/** resvg reads only TrueType/OpenType files from disk: unpack the WOFF files once into a cache folder. */
function fonts(): string[] {
	if (fontPaths) return fontPaths;
	const require = createRequire(import.meta.url);
	const dir = join(tmpdir(), 'border-map-fonts');
	mkdirSync(dir, { recursive: true });
	fontPaths = FONT_FILES.map((spec) => {
		const woff = readFileSync(require.resolve(spec));
		const file = join(dir, `${createHash('sha256').update(woff).digest('hex').slice(0, 16)}.ttf`);
		if (!existsSync(file)) writeFileSync(file, woffToSfnt(woff));
		return file;
	});
	return fontPaths;
}

/** Renders an SVG document to PNG bytes with the site's own fonts. */
export function renderPng(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		font: { fontFiles: fonts(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
		shapeRendering: 2,
		textRendering: 1
	});
	return resvg.render().asPng();
}
