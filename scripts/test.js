// `npm test`: the data check (`npm run check:data`), unit tests (Vitest), the extraction's evaluation
// against its targets (`npm run eval`),
// then browser tests (Playwright in Chromium) against the built site.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium.js';

function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

function playwrightHasBrowser() {
	const probe = spawnSync(
		process.execPath,
		['-e', "const { chromium } = require('@playwright/test'); require('fs').accessSync(chromium.executablePath())"],
		{ stdio: 'ignore' }
	);
	return probe.status === 0;
}

if (!chromiumPath() && !playwrightHasBrowser()) {
	console.error(
		[
			'No Chromium found for the browser tests.',
			'Install one of:',
			'  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
			'  - any Chromium or Chrome, then: CHROMIUM_PATH=/path/to/chromium npm test',
			'  - Playwright\'s own build (needs internet): npx playwright install chromium'
		].join('\n')
	);
	process.exit(1);
}

run('npm', ['run', '--silent', 'check:data']);
run('npx', ['vitest', 'run']);
run('npm', ['run', '--silent', 'eval']);
// The held-out set, for the record: ten articles are too few to gate on.
run('npm', ['run', '--silent', 'eval', '--', '--set', 'tests/eval-holdout', '--no-gate']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
