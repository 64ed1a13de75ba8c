import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectConsoleProblems } from './support/console-errors';
import {
	consecutiveCodes,
	mfaRegistrationPromptHeading,
	openSandbox,
	openService,
	signOut,
	submitRootPassword,
	totpFor,
} from './support/course';
import { expectMouseUnused, expectVisibleFocus, guardAgainstTheMouse, tabTo } from './support/keyboard';

/**
 * A root user without MFA meets AWS's prompt to register it after the password: it can be skipped
 * for 35 days on the billing clock, then signing in means registering a device first.
 */

const ROOT_EMAIL = 'learner@example.com';
const ROOT_PASSWORD = 'Practice-Root-Password-1';

async function expectNoAxeViolations(page: Page, where: string) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		where,
	).toEqual([]);
}

/** Presses the practice tools' "1 day" button `days` times. */
async function fastForwardDays(page: Page, days: number) {
	const clock = page.getByRole('region', { name: 'Billing clock' });
	const oneDay = clock.getByRole('button', { name: '1 day', exact: true });
	for (let day = 0; day < days; day++) await oneDay.click();
	await expect(clock.getByText(/^Moved the billing clock forward by 1 day\./)).toBeVisible();
}

function skipButton(scope: Page | Locator) {
	return scope.getByRole('button', { name: /^Skip for now/ });
}

test('root without MFA: skip the prompt for now; after day 35 it must register, then the console works', async ({
	page,
}) => {
	test.setTimeout(3 * 60_000);
	const problems = collectConsoleProblems(page);
	await openSandbox(page);

	// Day 1: the prompt says how long it can be skipped, and skipping opens Console Home.
	await submitRootPassword(page, ROOT_EMAIL, ROOT_PASSWORD);
	await expect(mfaRegistrationPromptHeading(page)).toBeFocused();
	await expect(page.getByText('35 days', { exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Register MFA device', exact: true })).toBeVisible();
	await expectNoAxeViolations(page, 'prompt on day 1');
	await page.getByRole('button', { name: 'Skip for now (35 days left)', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();

	// A day later on the billing clock, one day fewer is left.
	await fastForwardDays(page, 1);
	await signOut(page);
	await submitRootPassword(page, ROOT_EMAIL, ROOT_PASSWORD);
	await expect(page.getByRole('button', { name: 'Skip for now (34 days left)', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Cancel', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();

	// Day 36: no skip any more. Registering is the only way in.
	await fastForwardDays(page, 35);
	await submitRootPassword(page, ROOT_EMAIL, ROOT_PASSWORD);
	await expect(mfaRegistrationPromptHeading(page)).toBeVisible();
	await expect(page.getByText('Registering MFA is now required', { exact: true })).toBeVisible();
	await expect(skipButton(page)).toHaveCount(0);
	await expectNoAxeViolations(page, 'prompt after day 35');
	await page.getByRole('button', { name: 'Register MFA device', exact: true }).click();

	// Only Assign MFA device, and the account menu to sign out.
	await expect(page.getByRole('heading', { name: 'Assign MFA device', exact: true })).toBeVisible();
	await expect(page.getByText('Register an MFA device to continue', { exact: true })).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Console navigation' });
	await expect(nav.getByRole('combobox', { name: 'Search for services' })).toHaveCount(0);
	await nav.getByRole('button', { name: /Account menu/ }).click();
	await expect(nav.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
	await expect(nav.getByRole('button', { name: 'Security credentials', exact: true })).toHaveCount(0);
	await nav.getByRole('button', { name: /Account menu/ }).click();
	await expectNoAxeViolations(page, 'assign MFA while registration is required');

	// Add a device with the practice authenticator beside the console: it scans the QR code and shows
	// the same codes as the secret key gives.
	const authenticator = page.getByRole('region', { name: 'Practice authenticator' });
	await page.getByRole('textbox', { name: /^Device name/ }).fill('root-phone');
	await page.getByRole('radio', { name: /Authenticator app/ }).check();
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Set up device', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toHaveCount(0);
	await page.getByRole('button', { name: 'Show QR code', exact: true }).click();
	await authenticator.getByRole('button', { name: 'Scan QR code', exact: true }).click();
	const account = authenticator.getByRole('list', { name: 'Accounts' }).getByRole('listitem');
	await expect(account).toHaveCount(1);
	await page.getByRole('button', { name: 'Show secret key', exact: true }).click();
	const secret = (await page.getByTestId('mfa-secret-key').getAttribute('data-secret')) ?? '';
	await expect
		.poll(
			async () =>
				(await account.locator('.auth__digits').innerText()).replace(/\D/g, '') === totpFor(secret).generate(),
		)
		.toBe(true);
	const { code1, code2 } = consecutiveCodes(secret);
	await page.getByRole('textbox', { name: 'MFA code 1' }).fill(code1);
	await page.getByRole('textbox', { name: 'MFA code 2' }).fill(code2);
	await page.getByRole('button', { name: 'Add MFA', exact: true }).click();
	await expect(page.locator('.c-alert').getByText('MFA device assigned', { exact: true })).toBeVisible();

	// The console works as usual again.
	await expect(page.getByRole('heading', { name: 'My security credentials', exact: true })).toBeVisible();
	await openService(page, 'IAM', /^IAM/);
	await expect(page.getByRole('heading', { name: 'IAM Dashboard', exact: true })).toBeVisible();
	expect(problems).toEqual([]);
});

test.describe('360 px wide', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('the prompt with the keyboard alone, without sideways scrolling', async ({ page }) => {
		const problems = collectConsoleProblems(page);
		await guardAgainstTheMouse(page);
		await openSandbox(page);
		const email = page.getByRole('textbox', { name: 'Root user email address' });
		await tabTo(page, email);
		await page.keyboard.type(ROOT_EMAIL);
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
		await page.keyboard.type(ROOT_PASSWORD);
		await page.keyboard.press('Enter');

		await expect(mfaRegistrationPromptHeading(page)).toBeFocused();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page, 'prompt at 360 px');
		await page.keyboard.press('Tab');
		const register = page.getByRole('button', { name: 'Register MFA device', exact: true });
		await expect(register).toBeFocused();
		await expectVisibleFocus(register);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('button', { name: 'Skip for now (35 days left)', exact: true });
		await expect(skip).toBeFocused();
		await expectVisibleFocus(skip);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Console Home', exact: true })).toBeFocused();
		await expectMouseUnused(page);
		expect(problems).toEqual([]);
	});
});
