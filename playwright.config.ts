// Browser tests: build the site with test hooks, serve it with `vite preview`, drive Chromium.
// Chromium comes from CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own download (see scripts/test.js).
import { defineConfig } from '@playwright/test';
import { delimiter } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.js';

const port = Number(process.env.PW_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath: chromiumPath() ?? undefined,
			args: CHROMIUM_ARGS
		}
	},
	webServer: {
		command: `npm run build && npx vite preview --port ${port} --strictPort`,
		// The seeds plus a hostile fixture article (markup that must show as text: tests/share.e2e.ts).
		// Built into build-test/ (and .svelte-kit-build-test/, which vite preview serves; see svelte.config.js),
		// so that the test build never replaces the site `npm start` serves from build/.
		env: { VITE_TEST_HOOKS: '1', ARTICLES_DIR: ['seeds', 'tests/fixtures/articles'].join(delimiter), BUILD_DIR: 'build-test' },
		port,
		reuseExistingServer: false,
		timeout: 180_000
	}
});
