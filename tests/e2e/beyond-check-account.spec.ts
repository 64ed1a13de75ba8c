import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { INSECURE_ACCOUNT, SECURE_ACCOUNT, readFixture } from '../fixtures/cli/corpus';

async function open(page: Page) {
	await page.goto('/check-your-account/');
	// The grader hydrates when it scrolls into view.
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** A box, found by its label the way a screen reader announces it. */
const box = (page: Page, command: string) => page.getByLabel(`Output of ${command}`, { exact: true });
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/** Ids such as "group-attached:Admins" need their colon escaped in a CSS selector. */
const escapeId = (id: string) => id.replace(/[^\w-]/g, (c) => `\\${c}`);

/** Pastes a whole account, box by box, in page order (group boxes appear once the groups are read). */
async function pasteAccount(page: Page, boxes: Readonly<Record<string, string>>) {
	for (const [id, file] of Object.entries(boxes)) {
		const textarea = page.locator(`#out-${escapeId(id)}`);
		await expect(textarea).toBeVisible();
		await textarea.fill(readFixture(file));
	}
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('grades a secure real account as healthy on every check', async ({ page }) => {
	await open(page);
	await expect(status(page, '0 healthy, 0 to fix, 12 not checked yet.')).toBeVisible();
	await pasteAccount(page, SECURE_ACCOUNT.boxes);
	await expect(status(page, '12 healthy, 0 to fix, 0 not checked yet.')).toBeVisible();
	await expect(page.locator('[data-check="billing-alarm"]')).toContainText('is in OK: the charges so far are below');
});

test("grades an insecure real account with the labs' reasons, the lesson and the real console page", async ({
	page,
}) => {
	await open(page);
	await pasteAccount(page, INSECURE_ACCOUNT.boxes);
	await expect(status(page, '2 healthy, 10 to fix, 0 not checked yet.')).toBeVisible();

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
	await expect(page.locator('[data-check="admin-nothing-beyond-iam"]')).toContainText(
		'AdministratorAccess (through the group Admins)',
	);
	await expect(page.locator('[data-check="billing-alarm"]')).toContainText(
		'Billing metrics exist only in US East (N. Virginia)',
	);
	await expect(page.locator('[data-check="unused-access-keys"]')).toContainText('old-ci (last used on 2024-08-30)');
	await expect(page.locator('[data-check="budget-alert"]').getByRole('link', { name: /AWS Budgets/ })).toHaveAttribute(
		'href',
		/console\.aws\.amazon\.com\/costmanagement/,
	);
	await expectNoAxeViolations(page);
});

test('builds the commands for the learner’s own user name, and remembers it', async ({ page }) => {
	await open(page);
	const name = page.getByRole('textbox', { name: 'Your everyday IAM user' });
	await expect(name).toHaveValue('iam-admin');
	await name.fill('jo.admin');
	await expect(box(page, 'aws iam list-mfa-devices --user-name jo.admin')).toBeVisible();
	await box(page, 'aws iam list-users').fill(readFixture('healthy/users-jo.json'));
	await box(page, 'aws iam list-mfa-devices --user-name jo.admin').fill(readFixture('healthy/admin-mfa-jo.json'));
	await expect(page.locator('[data-check="admin-mfa"]')).toContainText('jo.admin: MFA enabled: healthy');

	await name.fill('not a name!');
	await expect(page.getByText('IAM user names use only letters')).toBeVisible();
	await expect(box(page, 'aws iam list-mfa-devices --user-name jo.admin')).toBeVisible();

	await page.reload();
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await expect(page.getByRole('textbox', { name: 'Your everyday IAM user' })).toHaveValue('jo.admin');
	// The pasted output is not kept: only the name is.
	await expect(box(page, 'aws iam list-users')).toHaveValue('');
});

test('reads what a terminal gives, and explains what it cannot read', async ({ page }) => {
	await open(page);
	const users = box(page, 'aws iam list-users');
	await users.fill(readFixture('terminal/users-trailing-prompt.txt'));
	await expect(page.locator('#msg-users')).toContainText('Read: 1 IAM user: iam-admin.');
	await expect(page.locator('#msg-users')).toContainText('Left out the text around the output');
	const cases: [string, RegExp][] = [
		[readFixture('malformed/not-json.txt'), /This is not JSON/],
		[readFixture('malformed/users-access-denied.txt'), /AWS refused the ListUsers call \(AccessDenied\)/],
		[readFixture('terminal/users-yaml.txt'), /YAML.*--output json/],
		[readFixture('healthy/account-summary.json'), /looks like the output of `aws iam get-account-summary`/],
	];
	for (const [text, message] of cases) {
		await users.fill(text);
		await expect(users).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#msg-users')).toHaveText(message);
	}
	const groups = box(page, 'aws iam list-groups-for-user --user-name iam-admin');
	await groups.fill(readFixture('faulty/admin-groups-admins.json'));
	await expect(box(page, 'aws iam list-attached-group-policies --group-name Admins')).toBeVisible();
	await expect(page.locator('[data-check="admin-nothing-beyond-iam"]')).toContainText('not checked yet');
	await expect(page.locator('[data-check="admin-nothing-beyond-iam"]')).toContainText(
		'aws iam list-attached-group-policies --group-name Admins',
	);
});

test('sends nothing anywhere and keeps nothing pasted', async ({ page }) => {
	await open(page);
	await page.waitForLoadState('networkidle');
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await pasteAccount(page, INSECURE_ACCOUNT.boxes);
	await expect(page.locator('[data-check="root-mfa"]')).toContainText('needs fixing');
	await page.waitForTimeout(500);
	expect(requests).toEqual([]);
	const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
	expect(stored).not.toContain('111122223333');
	expect(stored).not.toContain('learner@example.com');
});

test('copies a command with one click, from the keyboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page);
	const copy = page.getByRole('button', { name: 'Copy the command aws iam list-users' });
	await copy.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Copied')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		'aws iam list-users --output json --no-cli-pager',
	);
});

test('is accessible in the dark theme and fits 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.addInitScript(() => localStorage.setItem('course:theme', 'dark'));
	await open(page);
	await box(page, 'aws iam list-users').fill('not json');
	await page.getByRole('textbox', { name: 'Your everyday IAM user' }).fill('bad name!');
	await expectNoAxeViolations(page);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
