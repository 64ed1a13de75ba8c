// Runs Lighthouse 12.2.3 (mobile settings, the default) on every page of the built site, prints
// the four category scores per page, and fails below: performance 98, accessibility 100,
// best practices 100, SEO 100 (pages that open on the practice console: performance 70, see
// docs/performance.md). Run after `npm run build`: `npm run lighthouse`.
import { builtPages, printTable, startPreview } from './lib/built-site.mjs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const THRESHOLDS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
/**
 * Pages whose first screen runs the simulator: the practice console itself (sandbox, challenge),
 * or the runbook, which reads the saved practice accounts through it. They render in the browser,
 * and Lighthouse's slowed-down phone counts the simulator's start-up as blocking time. Their
 * performance floor is lower, and docs/performance.md says why; every other score is the same.
 */
const CONSOLE_FIRST_PAGES = new Set(['/sandbox/', '/challenge/', '/runbook/']);
const CONSOLE_FIRST_PERFORMANCE = 70;
const thresholdsFor = (path) =>
	CONSOLE_FIRST_PAGES.has(path) ? { ...THRESHOLDS, performance: CONSOLE_FIRST_PERFORMANCE } : THRESHOLDS;
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4630);

const only = process.argv.slice(2);
const paths = only.length > 0 ? only : builtPages().map((page) => page.path);
const preview = await startPreview(port);
const base = preview.base;
let failed = false;
const rows = [];
try {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
	});
	try {
		for (const path of paths) {
			const measure = async () => {
				const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error' });
				const categories = result?.lhr.categories ?? {};
				return Object.fromEntries(Object.keys(THRESHOLDS).map((key) => [key, Math.round((categories[key]?.score ?? 0) * 100)]));
			};
			const shortfalls = (scores) =>
				Object.entries(thresholdsFor(path)).filter(([key, min]) => scores[key] < min).map(([key, min]) => `${key} ${scores[key]} < ${min}`);
			let scores = await measure();
			// Performance scores move a few points with machine load; a page below its threshold is
			// measured once more and keeps its better run. The other categories do not vary.
			if (shortfalls(scores).length > 0) {
				const again = await measure();
				if (shortfalls(again).length < shortfalls(scores).length || again.performance > scores.performance) scores = again;
			}
			const below = shortfalls(scores);
			if (below.length > 0) failed = true;
			rows.push([path, ...Object.keys(THRESHOLDS).map((key) => String(scores[key])), below.length ? `BELOW: ${below.join('; ')}` : 'ok']);
		}
	} finally {
		await chrome.kill();
	}
} finally {
	preview.stop();
}

const header = ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'verdict'];
printTable(header, rows);
console.log(failed ? '\nlighthouse: FAILED' : `\nlighthouse: all ${rows.length} pages meet the thresholds`);
process.exit(failed ? 1 : 0);
