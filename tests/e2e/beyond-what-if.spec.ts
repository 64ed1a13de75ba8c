import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchScripts } from './support/offline';

async function open(page: Page) {
	await page.goto('/what-if/');
	// Islands hydrate when visible; scroll each into view.
	for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Presses Next with the keyboard until the story ends. After each press it waits for the step to
 * be played (one more entry in "What happened"), so a slow machine never finds the old button, then
 * loses it.
 */
async function playToTheEnd(section: ReturnType<Page['locator']>, page: Page) {
	const next = section.getByRole('button', { name: /^Next:/ });
	const played = section.getByRole('list', { name: 'What happened' }).locator(':scope > li');
	for (let i = 0; i < 8; i++) {
		if ((await next.count()) === 0) break;
		const before = await played.count();
		await next.focus();
		await page.keyboard.press('Enter');
		await expect(played).toHaveCount(before + 1);
	}
}

test('a leaked root password: without MFA the attacker gets in and spends; with MFA it stops at the code', async ({
	page,
}) => {
	await open(page);
	const section = page.getByRole('region', { name: 'Your root password leaks' });
	await playToTheEnd(section, page);
	await expect(section.getByRole('heading', { name: 'Nothing stopped it' })).toBeFocused();
	// The rows are the account's trail: the same root identity, from an address that is not the learner's.
	const attacker = section
		.getByRole('listitem')
		.filter({ hasText: /^Trail: .* from 198\.51\.100\.77 \(not your address\)/ });
	await expect(attacker).toHaveText([
		'Trail: ConsoleLogin by root user from 198.51.100.77 (not your address): succeeded',
		'Trail: RunInstances by root user from 198.51.100.77 (not your address): succeeded',
	]);
	await expect(section.getByText('only the address gives away that these calls did not come from you')).toBeVisible();
	await expect(section.getByRole('link', { name: 'Add MFA to the root user' })).toHaveAttribute(
		'href',
		'/lessons/root-mfa/',
	);
	await expectNoAxeViolations(page);

	await section.getByRole('radio', { name: 'Root user with MFA' }).check();
	await playToTheEnd(section, page);
	await expect(section.getByRole('heading', { name: 'The protection held' })).toBeVisible();
	await expect(section.getByText('Your last sign-in in the trail:')).toBeVisible();
	await expect(
		section.getByText(/ConsoleLogin by root user from 203\.0\.113\.10 \(your address\): succeeded/),
	).toBeVisible();
	await expect(section.getByRole('listitem').filter({ hasText: /^Trail: .* from 198\.51\.100\.77/ })).toHaveText([
		'Trail: CheckMfa by root user from 198.51.100.77 (not your address): succeeded',
		'Trail: ConsoleLogin by root user from 198.51.100.77 (not your address): refused (AuthenticationFailed)',
	]);
	await expect(section.getByText(/RunInstances/)).toHaveCount(0);
});

test('a spending spike: the budget emails first on the forecast, the alarm follows; without a budget a broken alarm is silent', async ({
	page,
}) => {
	// The middle of a month, so the story never crosses a month's end (which starts the charges again).
	await page.clock.setFixedTime(new Date('2026-03-15T09:00:00Z'));
	await open(page);
	const section = page.getByRole('region', { name: 'Your spending jumps' });
	await expect(
		section.getByRole('radio', {
			name: 'A budget, and an alarm in US East (N. Virginia) with a confirmed subscription',
		}),
	).toBeChecked();
	await playToTheEnd(section, page);
	await expect(section.getByRole('heading', { name: 'The protection held' })).toBeVisible();
	await expect(
		section.getByText('Trail: RunInstances by root user from 203.0.113.10 (your address): succeeded'),
	).toBeVisible();
	// The budget's forecast email, straight from AWS Budgets, in an earlier step than the alarm's email through SNS.
	const steps = section.getByRole('list', { name: 'What happened' }).locator(':scope > li');
	await expect(steps).toHaveCount(4);
	await expect(steps.nth(1).getByRole('list', { name: 'Emails of step 2' })).toHaveText(
		'Email from AWS Budgets: AWS Budgets: My Monthly Cost Budget is forecasted to exceed your alert threshold',
	);
	await expect(steps.nth(1)).toContainText("AWS Budgets emails you: the month's forecast is above $50.00.");
	await expect(steps.nth(3).getByRole('list', { name: 'Emails of step 4' })).toHaveText(
		'Email from AWS Notifications (SNS, for your billing alarm): ALARM: "billing-over-50-usd" in US East (N. Virginia)',
	);
	await expect(section.getByText(/Both guardrails emailed you/)).toBeVisible();
	await expect(section.getByText(/Neither stops the spending/)).toBeVisible();
	await expectNoAxeViolations(page);

	for (const label of [
		'No budget, and the alarm in Europe (Ireland)',
		'No budget, and the alarm subscription never confirmed',
	]) {
		await section.getByRole('radio', { name: label }).check();
		await playToTheEnd(section, page);
		await expect(section.getByRole('heading', { name: 'Nothing stopped it' }), label).toBeVisible();
		await expect(section.getByText(/No email ever arrives/)).toBeVisible();
		await expect(section.getByRole('list', { name: /^Emails of step/ })).toHaveCount(0);
	}

	await section.getByRole('radio', { name: 'A budget, and the alarm in Europe (Ireland)' }).check();
	await playToTheEnd(section, page);
	await expect(section.getByRole('heading', { name: 'The protection held' })).toBeVisible();
	await expect(section.getByText(/^The alarm stayed silent: .* But the budget's email arrived/)).toBeVisible();
	await expect(
		section.getByRole('list', { name: /^Emails of step/ }).getByText(/^Email from AWS Notifications/),
	).toHaveCount(0);
});

test('iam-admin without MFA: the password is enough to become an administrator', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.addInitScript(() => localStorage.setItem('course:theme', 'dark'));
	await open(page);
	const section = page.getByRole('region', { name: "iam-admin's password leaks" });
	await playToTheEnd(section, page);
	await expect(section.getByRole('listitem').filter({ hasText: /^Trail: .* from 198\.51\.100\.77/ })).toHaveText([
		'Trail: ConsoleLogin by IAM user iam-admin from 198.51.100.77 (not your address): succeeded',
		'Trail: AttachUserPolicy by IAM user iam-admin from 198.51.100.77 (not your address): succeeded',
		'Trail: RunInstances by IAM user iam-admin from 198.51.100.77 (not your address): succeeded',
	]);
	await expect(section.getByRole('heading', { name: 'Nothing stopped it' })).toBeVisible();
	await expectNoAxeViolations(page);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('downloading the story on first use', () => {
	// The service worker would answer from its cache; this test watches the network itself.
	test.use({ serviceWorkers: 'block' });

	test('a story that could not be downloaded says so, and Next plays it once the connection is back', async ({
		page,
	}) => {
		const scripts = watchScripts(page);
		await open(page);
		await page.waitForLoadState('networkidle');
		const reconnect = await scripts.disconnect();

		const section = page.getByRole('region', { name: 'Your root password leaks' });
		const next = section.getByRole('button', { name: /^Next:/ });
		await next.click();
		await expect(section.getByRole('alert')).toHaveText(
			'The story could not be downloaded. Check your internet connection, then press Next again.',
		);
		await expect(section.getByRole('list', { name: 'What happened' })).toHaveCount(0);

		await reconnect();
		await next.click();
		await expect(section.getByRole('list', { name: 'What happened' }).getByRole('listitem').first()).toContainText(
			'Signs in as the root user',
		);
		await expect(section.getByRole('alert')).toHaveCount(0);
	});
});
