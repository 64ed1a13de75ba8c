import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const fixture = (path: string) => readFileSync(join(process.cwd(), 'tests/fixtures/cli', path), 'utf8');

async function open(page: Page) {
	await page.goto('/check-your-account/');
	// The grader hydrates when it scrolls into view.
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

const box = (page: Page, command: string) => page.getByLabel(`Output of ${command}`, { exact: true });

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test("grades a faulty real account from pasted output, with the labs' reasons and real console links", async ({
	page,
}) => {
	await open(page);
	await expect(page.getByRole('status').filter({ hasText: '0 healthy, 0 to fix, 8 not checked yet.' })).toBeVisible();
	await box(page, 'aws iam get-account-summary').fill(fixture('faulty/account-summary.json'));
	await box(page, 'aws iam list-users').fill(fixture('healthy/users.json'));
	await box(page, 'aws iam list-mfa-devices --user-name iam-admin').fill(fixture('faulty/admin-mfa.json'));
	await box(page, 'aws iam list-attached-user-policies --user-name iam-admin').fill(
		fixture('faulty/admin-policies.json'),
	);
	await box(page, 'aws cloudwatch describe-alarms --region us-east-1').fill(fixture('faulty/alarms-other-region.json'));
	await box(page, 'aws sns list-subscriptions --region us-east-1').fill(fixture('faulty/subscriptions-pending.json'));
	await expect(page.getByRole('status').filter({ hasText: '1 healthy, 7 to fix, 0 not checked yet.' })).toBeVisible();

	const rootMfa = page.locator('[data-check="root-mfa"]');
	await expect(rootMfa).toContainText('Root user: MFA enabled: needs fixing');
	await expect(rootMfa).toContainText(
		'The root user has no MFA device yet, so its password alone still opens the account.',
	);
	await expect(rootMfa.getByRole('link', { name: /Security credentials/ })).toHaveAttribute(
		'href',
		'https://console.aws.amazon.com/iam/home#/security_credentials',
	);
	await expect(rootMfa.getByRole('link', { name: 'Add MFA to the root user' })).toHaveAttribute(
		'href',
		'/lessons/root-mfa/',
	);
	await expect(page.locator('[data-check="billing-alarm"]')).toContainText(
		'Billing metrics exist only in US East (N. Virginia)',
	);
	await expect(page.locator('[data-check="admin-nothing-beyond-iam"]')).toContainText('also has AdministratorAccess');
	await expectNoAxeViolations(page);
});

test('grades a healthy account as healthy', async ({ page }) => {
	await open(page);
	const files = ['account-summary', 'users', 'admin-mfa', 'admin-policies', 'alarms', 'subscriptions'];
	const boxes = page.getByRole('textbox');
	for (const [index, file] of files.entries()) await boxes.nth(index).fill(fixture(`healthy/${file}.json`));
	await expect(page.getByRole('status').filter({ hasText: '8 healthy, 0 to fix, 0 not checked yet.' })).toBeVisible();
});

test('explains bad input specifically and keeps working', async ({ page }) => {
	await open(page);
	const users = box(page, 'aws iam list-users');
	const cases: [string, RegExp][] = [
		[fixture('malformed/not-json.txt'), /This is not JSON/],
		[fixture('malformed/alarms-truncated.txt'), /looks like the output of|cut off/],
		[fixture('malformed/users-access-denied.txt'), /AWS refused the ListUsers call \(AccessDenied\)/],
		[fixture('malformed/users-table.txt'), /table output/],
		[
			fixture('healthy/account-summary.json'),
			/This looks like the output of `aws iam get-account-summary`, not `aws iam list-users`/,
		],
	];
	for (const [text, message] of cases) {
		await users.fill(text);
		await expect(users).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#msg-users')).toHaveText(message);
	}
	const alarms = box(page, 'aws cloudwatch describe-alarms --region us-east-1');
	await alarms.fill(fixture('malformed/alarms-truncated.txt'));
	await expect(page.locator('#msg-alarms')).toContainText('cut off');
	await users.fill(fixture('malformed/users-with-prompt.txt'));
	await expect(page.locator('#msg-users')).toHaveText('Read: 1 IAM user: iam-admin.');
	await expect(page.locator('[data-check="admin-exists"]')).toContainText('healthy');
});

test('sends nothing anywhere: no request at all while pasting and grading', async ({ page }) => {
	await open(page);
	await page.waitForLoadState('networkidle');
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await box(page, 'aws iam get-account-summary').fill(fixture('faulty/account-summary.json'));
	await box(page, 'aws sns list-subscriptions --region us-east-1').fill(fixture('faulty/subscriptions-pending.json'));
	await box(page, 'aws cloudwatch describe-alarms --region us-east-1').fill(fixture('healthy/alarms.json'));
	await expect(page.locator('[data-check="root-mfa"]')).toContainText('needs fixing');
	await page.waitForTimeout(500);
	expect(requests).toEqual([]);
	// And nothing is kept: a reload starts empty.
	await page.reload();
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await expect(box(page, 'aws iam get-account-summary')).toHaveValue('');
});

test('copies a command with one click, from the keyboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page);
	const copy = page.getByRole('button', { name: 'Copy the command aws iam list-users' });
	await copy.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Copied')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('aws iam list-users');
});

test('is accessible in the dark theme and fits 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.addInitScript(() => localStorage.setItem('course:theme', 'dark'));
	await open(page);
	await box(page, 'aws iam list-users').fill('not json');
	await expectNoAxeViolations(page);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
