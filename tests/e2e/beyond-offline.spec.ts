import { expect, test } from '@playwright/test';

test('after the first visit the course works offline: a lesson, the sandbox and search', async ({ page, context }) => {
	test.setTimeout(90_000);
	// Automated browsers skip the service worker unless a test opts in.
	await page.goto('/?offline-test');
	const indicator = page.locator('.site-footer [role="status"][aria-live="polite"]');
	await expect(indicator).toHaveText('Available offline', { timeout: 30_000 });
	// One cache, named after this build (a new deployment brings a new name and the old one is deleted).
	const version = /course-offline-([0-9a-f]+)/.exec(await (await page.request.get('/sw.js')).text())?.[1];
	expect(await page.evaluate(() => caches.keys())).toEqual([`course-offline-${version}`]);

	await context.setOffline(true);

	// A lesson never opened before, then reloaded.
	await page.goto('/lessons/root-mfa/');
	await expect(page.getByRole('heading', { level: 1, name: 'Add MFA to the root user' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Add MFA to the root user' })).toBeVisible();
	await expect(indicator).toHaveText('Offline: showing the saved copy');
	// Its lab loads its code from the saved copy too.
	await page.getByRole('heading', { name: 'Practice lab' }).scrollIntoViewIfNeeded();
	await expect(page.getByRole('heading', { name: /Your tasks/ })).toBeVisible({ timeout: 15_000 });

	// The sandbox console.
	await page.goto('/sandbox/');
	await expect(page.getByRole('radio', { name: /Root user/ })).toBeVisible({ timeout: 15_000 });

	// Search, with Pagefind's index from the saved copy.
	await page.goto('/search/?q=cryptocurrency');
	await expect(page.getByRole('link', { name: /Secure your AWS account/ }).first()).toBeVisible({ timeout: 15_000 });

	await context.setOffline(false);
	await page.goto('/');
	await expect(indicator).toHaveText('Available offline');
});

test('without opting in, automated browsers get no service worker', async ({ page }) => {
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
	await expect(page.locator('.site-footer [role="status"]')).toHaveCount(0);
});
