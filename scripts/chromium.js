// Where to find Chromium for the browser tests: CHROMIUM_PATH, then Debian's, then Playwright's own.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium executable to use, or null to let Playwright use its own downloaded browser. */
export function chromiumPath() {
	for (const path of candidates) if (path && existsSync(path)) return path;
	return null;
}

/** Chromium's flags for the browser tests and the web benchmark: WebGL2 on SwiftShader (software), no background traffic. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
