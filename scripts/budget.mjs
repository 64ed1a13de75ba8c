// Measures the JavaScript each page of the built site loads in Chromium (raw and gzip), with the
// data it downloads to start (a lab's starting account), and fails when a page is over its budget.
// Run after `npm run build`: `npm run budget`.
//
// Budgets:
// - text pages (no interactive island): no JavaScript files; small inline scripts (theme, progress
//   marks) are listed but allowed;
// - the search page: only its own search script until a query runs;
// - the lesson (lab) pages and the sandbox: at most 40 KB gzip on first load, that is once the
//   page has loaded and before the learner scrolls or does anything. A lesson loads nothing until
//   its lab or quiz scrolls into view; the sandbox and the labs render their first screen without
//   the simulator's operations, which download when the learner starts using the console;
// - every page with islands, measured once every island has loaded (islands that wait until
//   visible are scrolled into view): the target is 45 KB gzip (TARGET_GZIP) for the labs and the
//   challenge, 40 KB for the pages that met it first (the sandbox, the what-if stories, the
//   runbook, the account check, progress, the completion summary) and 20 KB for the quiz-only
//   lesson and the final review; the table's "within 45 KB" column says which pages meet 45 KB.
// - the MFA libraries (qrcode, otpauth) never load on first paint: they sit in a chunk loaded
//   only when an MFA screen opens.
// - the service worker's download on a first visit (the page and what it loaded, which the worker
//   keeps for offline use): at most 100 KB gzip on every page. The worker downloads the rest of the
//   course only when the learner asks for it.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, printTable, startPreview } from './lib/built-site.mjs';
import { chromium } from '@playwright/test';

/** What every page with islands should load at most once they are all open (the course's target). */
const TARGET_GZIP = 45 * 1024;
/** What a lesson page and the sandbox may load before the learner scrolls or does anything. */
const FIRST_LOAD_GZIP = 40 * 1024;
/** What the service worker may download in the background on a first visit to any page. */
const WORKER_FIRST_VISIT_GZIP = 100 * 1024;
/** Pages held to FIRST_LOAD_GZIP on first load: the lessons (with their labs) and the sandbox. */
const isFirstLoadTarget = (path) => path.startsWith('/lessons/') || path === '/sandbox/';
/** Limits in KB gzip with every island open, first match wins. */
const ISLAND_BUDGETS = [
	// Sign-in renders without the simulator's operations; they download on first use.
	{ match: (path) => path === '/sandbox/', limitKb: 40, label: 'console' },
	// Every lab and its quiz meets the target and is held to it.
	{
		match: (path, html) => path.startsWith('/lessons/') && html.includes('LabIsland'),
		limitKb: 45,
		label: 'lab + quiz',
	},
	{ match: (path) => path.startsWith('/lessons/'), limitKb: 20, label: 'quiz' },
	// The final review is the lessons' quiz island with questions from every lesson.
	{ match: (path) => path === '/review/', limitKb: 20, label: 'quiz' },
	{
		match: (path) => ['/runbook/', '/check-your-account/', '/progress/', '/summary/'].includes(path),
		limitKb: 40,
		label: 'no console',
	},
	// The stories and the simulator download when the learner starts one.
	{ match: (path) => path === '/what-if/', limitKb: 40, label: 'stories' },
	// The challenge: like a lab, with every account health check.
	{ match: () => true, limitKb: 45, label: 'other console' },
];
const port = Number(process.env.BUDGET_PORT ?? 4620);

function inlineScriptBytes(html) {
	let total = 0;
	for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
		total += Buffer.byteLength(match[1] ?? '');
	return total;
}

/** Libraries that must stay out of the first load, recognised by strings only they contain. */
const LAZY_ONLY = [
	{ name: 'qrcode', marker: 'Invalid QR Code' },
	{ name: 'qrcode', marker: 'Bad maskPattern' },
	{ name: 'otpauth', marker: "Invalid 'algorithm'" },
];

const kb = (bytes) => (bytes / 1024).toFixed(1);

/** A built file's size as sent (gzip, or as it is when compressing does not help). */
function sentBytes(pathname) {
	const file = join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
	try {
		const content = readFileSync(file);
		return Math.min(content.length, gzipSync(content, { level: 9 }).length);
	} catch {
		return 0;
	}
}

/**
 * What the service worker downloads on a learner's first visit to a page: it runs only for tests
 * that opt in (`?offline-test`), and every request it makes is counted until it has kept the page.
 */
async function measureWorkerFirstVisit(browser, path) {
	const context = await browser.newContext();
	const fetched = new Set();
	context.on('request', (request) => {
		if (request.serviceWorker()) fetched.add(new URL(request.url()).pathname);
	});
	const tab = await context.newPage();
	await tab.goto(`${base}${path}?offline-test`, { waitUntil: 'networkidle' });
	await tab
		.locator('.site-footer [role="status"]')
		.filter({ hasText: 'This page is available offline' })
		.waitFor({ timeout: 30_000 });
	await tab.waitForLoadState('networkidle');
	await context.close();
	return [...fetched].reduce((sum, pathname) => sum + sentBytes(pathname), 0);
}

const preview = await startPreview(port);
const base = preview.base;
let failed = false;
try {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
	const rows = [];
	for (const page of builtPages()) {
		const hasIsland = page.html.includes('<astro-island');
		const kind = page.path === '/search/' ? 'search' : hasIsland ? 'island' : 'text';
		const context = await browser.newContext();
		const tab = await context.newPage();
		const files = new Map();
		tab.on('response', async (response) => {
			const url = new URL(response.url());
			// Scripts, and the data a page downloads to start (a lab's starting account).
			if (url.origin !== base || !/\.(js|json)$/.test(url.pathname)) return;
			const body = await response.body().catch(() => undefined);
			if (body) files.set(url.pathname, body);
		});
		await tab.goto(base + page.path, { waitUntil: 'networkidle' });
		await tab.waitForTimeout(300);
		const onLoadGzip = [...files.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
		// Islands that hydrate when visible (the lab, the quiz) count too: scroll each into view,
		// as a learner does, and measure what the page has loaded once every island is running.
		const islands = await tab.locator('astro-island').count();
		for (let index = 0; index < islands; index++) {
			await tab.locator('astro-island').nth(index).scrollIntoViewIfNeeded();
			await tab.waitForTimeout(400);
			await tab.waitForLoadState('networkidle');
		}
		await context.close();

		let raw = 0;
		let gzip = 0;
		const lazyLeaks = [];
		for (const [file, body] of files) {
			raw += body.length;
			gzip += gzipSync(body, { level: 9 }).length;
			const text = body.toString('utf8');
			for (const lib of LAZY_ONLY) if (text.includes(lib.marker)) lazyLeaks.push(`${lib.name} in ${file}`);
		}
		const inline = inlineScriptBytes(page.html);
		const workerGzip = await measureWorkerFirstVisit(browser, page.path);
		const problems = [];
		if (workerGzip > WORKER_FIRST_VISIT_GZIP)
			problems.push(`the service worker downloads ${kb(workerGzip)} KB gzip on a first visit > 100 KB`);
		if (kind === 'text' && files.size > 0) problems.push(`loads ${files.size} file(s); text pages load none`);
		if (kind === 'search' && files.size > 1) problems.push(`loads ${files.size} files before searching; expected 1`);
		const budget = kind === 'island' ? ISLAND_BUDGETS.find((b) => b.match(page.path, page.html)) : undefined;
		if (budget && gzip > budget.limitKb * 1024)
			problems.push(`${kb(gzip)} KB gzip > ${budget.limitKb} KB (${budget.label})`);
		if (isFirstLoadTarget(page.path) && onLoadGzip > FIRST_LOAD_GZIP)
			problems.push(`${kb(onLoadGzip)} KB gzip on first load > 40 KB`);
		if (lazyLeaks.length > 0) problems.push(`loaded on first paint: ${[...new Set(lazyLeaks)].join(', ')}`);
		if (problems.length > 0) failed = true;
		rows.push({
			page: page.path,
			kind,
			files: files.size,
			raw,
			onLoadGzip,
			gzip,
			inline,
			workerGzip,
			verdict: problems.length ? `OVER: ${problems.join('; ')}` : 'ok',
			target: gzip <= TARGET_GZIP ? 'yes' : 'no',
		});
	}
	await browser.close();

	const header = [
		'page',
		'kind',
		'JS + data files',
		'raw KB',
		'gzip KB on load',
		'gzip KB islands open',
		'inline KB',
		'worker KB first visit',
		'within 45 KB with islands open',
		'budget',
	];
	const table = rows.map((r) => [
		r.page,
		r.kind,
		String(r.files),
		kb(r.raw),
		kb(r.onLoadGzip),
		kb(r.gzip),
		kb(r.inline),
		kb(r.workerGzip),
		r.target,
		r.verdict,
	]);
	printTable(header, table);
	console.log(failed ? '\nbudget: FAILED' : `\nbudget: all ${rows.length} pages within budget`);
} finally {
	preview.stop();
}
process.exit(failed ? 1 : 0);
