import { expect, test, type Page } from '@playwright/test';

const offlineLine = (page: Page) => page.locator('.site-footer [role="status"][aria-live="polite"]');

/** The names of the entries kept in the course's cache (paths), read in the page. */
async function keptPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const names = (await caches.keys()).filter((name) => name.startsWith('course-offline-'));
		const paths: string[] = [];
		for (const name of names)
			for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
		return paths;
	});
}

test('a first visit keeps only the page opened and what it loaded; pages opened later are kept as they open', async ({
	page,
	context,
}) => {
	test.setTimeout(90_000);
	// Automated browsers skip the service worker unless a test opts in.
	await page.goto('/lessons/root-mfa/?offline-test');
	await expect(offlineLine(page)).toHaveText(
		'This page is available offline, and so is every page you open from now on.',
		{ timeout: 30_000 },
	);
	// Nothing beyond this page was downloaded in the background: no other lesson, no search index.
	const kept = await keptPaths(page);
	expect(kept).toContain('/lessons/root-mfa/');
	expect(kept.filter((path) => path.startsWith('/lessons/') && path !== '/lessons/root-mfa/')).toEqual([]);
	expect(kept.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
	// One cache, named after this build.
	const version = /course-offline-([0-9a-f]+)/.exec(await (await page.request.get('/sw.js')).text())?.[1];
	expect(await page.evaluate(() => caches.keys())).toEqual([`course-offline-${version}`]);

	// The lab loads when it scrolls into view, through the worker, which keeps it.
	await page.getByRole('heading', { name: 'Practice lab' }).scrollIntoViewIfNeeded();
	await expect(page.getByRole('heading', { name: /Your tasks/ })).toBeVisible({ timeout: 15_000 });
	await page.goto('/sandbox/');
	await expect(page.getByRole('radio', { name: /Root user/ })).toBeVisible({ timeout: 15_000 });

	await context.setOffline(true);
	await page.goto('/lessons/root-mfa/');
	await expect(page.getByRole('heading', { level: 1, name: 'Add MFA to the root user' })).toBeVisible();
	await expect(offlineLine(page)).toHaveText('Offline: showing the saved copy');
	await page.getByRole('heading', { name: 'Practice lab' }).scrollIntoViewIfNeeded();
	await expect(page.getByRole('heading', { name: /Your tasks/ })).toBeVisible({ timeout: 15_000 });
	await page.goto('/sandbox/');
	await expect(page.getByRole('radio', { name: /Root user/ })).toBeVisible({ timeout: 15_000 });
	// A page never opened says so, and how to keep every page.
	await page.goto('/lessons/billing-alarm/');
	await expect(page.getByRole('heading', { level: 1, name: 'This page is not available offline' })).toBeVisible();
	await expect(page.getByText('Make the whole course available offline')).toBeVisible();
	await context.setOffline(false);
});

test('the whole course is kept when the learner asks, with its size, and then works offline, search included', async ({
	page,
	context,
}) => {
	test.setTimeout(120_000);
	await page.goto('/?offline-test');
	const keepAll = page.getByRole('button', {
		name: /^Make the whole course available offline \(about [\d.]+ (KB|MB)\)$/,
	});
	await expect(keepAll).toBeVisible({ timeout: 30_000 });
	await keepAll.focus();
	await page.keyboard.press('Enter');
	await expect(offlineLine(page)).toHaveText('The whole course is available offline.', { timeout: 90_000 });
	await expect(keepAll).toBeHidden();

	await context.setOffline(true);
	// A lesson never opened before, then reloaded.
	await page.goto('/lessons/billing-alarm/');
	await expect(page.getByRole('heading', { level: 1, name: /billing alarm/i })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: /billing alarm/i })).toBeVisible();
	// Search, with Pagefind's index from the saved copy.
	await page.goto('/search/?q=cryptocurrency');
	await expect(page.getByRole('link', { name: /Secure your AWS account/ }).first()).toBeVisible({ timeout: 15_000 });
	await context.setOffline(false);
	await page.goto('/');
	await expect(offlineLine(page)).toHaveText('The whole course is available offline.');
});

test('with the data saver on, nothing is kept in the background; the whole course stays on offer', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });
	});
	await page.goto('/lessons/root-mfa/?offline-test');
	await expect(offlineLine(page)).toHaveText(
		'Data saver is on: pages you open are kept for offline use, and nothing else is downloaded.',
		{ timeout: 30_000 },
	);
	await expect(page.getByRole('button', { name: /Make the whole course available offline/ })).toBeVisible();
	// This first page loaded before the worker took charge, and it was not fetched again to keep it
	// (what the browser fetches afterwards, such as the icon, passes through the worker and is kept).
	const kept = await keptPaths(page);
	expect(kept).not.toContain('/lessons/root-mfa/');
	expect(kept.filter((path) => path.startsWith('/_astro/') || path.startsWith('/pagefind/'))).toEqual([]);
});

test('without opting in, automated browsers get no service worker', async ({ page }) => {
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
	await expect(page.locator('.site-footer [role="status"]')).toHaveCount(0);
});
