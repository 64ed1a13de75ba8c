#!/usr/bin/env node
/**
 * Runs the browser tests (`playwright test`, with any arguments given) in a Chromium this machine
 * has, and says which one:
 *
 * 1. CHROMIUM_PATH when it is set (`bundled` means Playwright's own browser);
 * 2. otherwise the first system Chromium or Chrome found (Debian's /usr/bin/chromium first);
 * 3. otherwise Playwright's own Chromium, downloading it first if it is not there yet.
 *
 * The tests never need a browser of their own choosing: playwright.config.ts reads CHROMIUM_PATH.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const SYSTEM_BROWSERS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/snap/bin/chromium',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** Playwright's own Chromium, if it has been downloaded. */
async function bundledChromium() {
	const { chromium } = await import('@playwright/test');
	const path = chromium.executablePath();
	return isExecutable(path) ? path : undefined;
}

async function chooseBrowser() {
	const chosen = process.env.CHROMIUM_PATH;
	if (chosen === 'bundled') return { value: 'bundled', said: "Playwright's own Chromium (CHROMIUM_PATH=bundled)" };
	if (chosen) {
		if (!isExecutable(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, which is not an executable file.`);
		return { value: chosen, said: `${chosen} (from CHROMIUM_PATH)` };
	}
	const system = SYSTEM_BROWSERS.find(isExecutable);
	if (system) return { value: system, said: `${system} (found on this machine)` };
	if (await bundledChromium()) return { value: 'bundled', said: "Playwright's own Chromium (already downloaded)" };
	console.log(
		"No Chromium or Chrome found on this machine: downloading Playwright's own Chromium (npx playwright install chromium)…",
	);
	const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	if (install.status !== 0 || !(await bundledChromium())) {
		throw new Error(
			'Could not find or download a Chromium for the browser tests. Install one (on Debian: sudo apt-get install chromium) or point CHROMIUM_PATH at any Chromium or Chrome binary.',
		);
	}
	return { value: 'bundled', said: "Playwright's own Chromium (just downloaded)" };
}

try {
	const browser = await chooseBrowser();
	console.log(`Browser tests run in ${browser.said}.`);
	const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: { ...process.env, CHROMIUM_PATH: browser.value },
	});
	process.exit(run.status ?? 1);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
