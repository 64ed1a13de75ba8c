import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site served by `astro preview`, in Debian's Chromium
 * (Playwright cannot download its own browsers on machines without internet access).
 * Set CHROMIUM_PATH to use another Chromium, or unset it after `npx playwright install chromium`.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	workers: 2,
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: process.env.CI ? 1 : 0,
	// The JSON report feeds the one-line summary that CI prints (scripts/test-summary.mjs).
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: executablePath === 'bundled' ? {} : { executablePath },
			},
		},
	],
	webServer: {
		command: `node node_modules/astro/astro.js preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
