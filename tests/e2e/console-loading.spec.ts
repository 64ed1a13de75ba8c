import { expect, test, type Page } from '@playwright/test';
import { collectConsoleProblems } from './support/console-errors';
import { openSandbox } from './support/course';
import { watchScripts } from './support/offline';

const ROOT_EMAIL = 'learner@example.com';
const ROOT_PASSWORD = 'Practice-Root-Password-1';

async function submitRootSignIn(page: Page) {
	await page.getByRole('textbox', { name: 'Root user email address' }).fill(ROOT_EMAIL);
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await page.getByLabel('Password', { exact: true }).fill(ROOT_PASSWORD);
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** A root user without MFA is asked to register it first; skip to Console Home. */
async function skipMfaPrompt(page: Page) {
	await page.getByRole('button', { name: /^Skip for now \(\d+ days? left\)$/ }).click();
}

// The service worker would answer from its cache; these tests watch the network itself.
test.use({ serviceWorkers: 'block' });

test('the sandbox shows sign-in before the simulator downloads, and fetches it once the learner starts', async ({
	page,
}) => {
	const problems = collectConsoleProblems(page);
	const scripts = watchScripts(page);
	await openSandbox(page);
	await page.waitForLoadState('networkidle');
	const atStart = scripts.fetched.size;

	await page.getByRole('textbox', { name: 'Root user email address' }).focus();
	await expect
		.poll(() => scripts.fetched.size, { message: 'focusing the console starts the download' })
		.toBeGreaterThan(atStart);

	await submitRootSignIn(page);
	await skipMfaPrompt(page);
	await expect(page.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
	expect(problems).toEqual([]);
});

test('a failed download is explained, nothing is lost, and Try again finishes the sign-in', async ({ page }) => {
	const scripts = watchScripts(page);
	await openSandbox(page);
	await page.waitForLoadState('networkidle');
	// From now on the connection is gone: every file the page has not fetched yet fails.
	const reconnect = await scripts.disconnect();

	await submitRootSignIn(page);
	const alert = page.getByRole('alert').filter({ hasText: 'That did not go through yet' });
	await expect(alert).toBeVisible();
	await expect(alert).toContainText('Check your internet connection');
	await expect(alert).toContainText('Your practice account is safe.');
	await expect(page.getByLabel('Password', { exact: true })).toHaveValue(ROOT_PASSWORD);
	await expect(page.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();

	await reconnect();
	await alert.getByRole('button', { name: 'Try again' }).click();
	await skipMfaPrompt(page);
	await expect(page.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
	await expect(alert).toHaveCount(0);
});
