// The browser tests build into a folder of their own (issue 11, item 14): `npm test` never replaces
// the site that `npm start` serves from build/ (and .svelte-kit/, what vite preview serves).
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

async function kitConfig(buildDir: string | undefined) {
	vi.stubEnv('BUILD_DIR', buildDir);
	vi.resetModules();
	return (await import('../svelte.config.js')).default.kit!;
}

test('the site builds into build/ with SvelteKit’s working files in .svelte-kit/ by default', async () => {
	expect((await kitConfig(undefined)).outDir).toBe('.svelte-kit');
});

test('another BUILD_DIR gets a working folder of its own, so vite preview of build/ keeps serving its files', async () => {
	expect((await kitConfig('build-test')).outDir).toBe('.svelte-kit-build-test');
});

test('the Playwright web server builds and serves build-test, not build', async () => {
	const { default: config } = await import('../playwright.config');
	const server = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer!;
	expect(server.env?.BUILD_DIR).toBe('build-test');
});
