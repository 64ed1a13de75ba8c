import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

/**
 * The root user assigns a virtual MFA device with real TOTP codes (computed here with otpauth from
 * the secret key the page shows, as a phone app would), signs out, and signs in again with a code.
 */

const ROOT_EMAIL = 'learner@example.com';
const ROOT_PASSWORD = 'Practice-Root-Password-1';
const STEP_MS = 30_000;

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function openSandbox(page: Page) {
	await page.goto('/sandbox/');
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

async function signInAsRoot(page: Page, mfa?: () => string) {
	await page.getByRole('radio', { name: /Root user/ }).check();
	await page.getByRole('textbox', { name: 'Root user email address' }).fill(ROOT_EMAIL);
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByLabel('Password', { exact: true }).fill(ROOT_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	if (mfa) {
		await expect(page.getByRole('heading', { name: 'Multi-factor authentication' })).toBeVisible();
		await page.getByRole('textbox', { name: 'MFA code' }).fill(mfa());
		await page.getByRole('button', { name: 'Submit' }).click();
	} else {
		// Without MFA, the root user is asked to register it first; skip to Console Home.
		await page.getByRole('button', { name: /^Skip for now \(\d+ days? left\)$/ }).click();
	}
	await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
}

/** Waits until the current 30-second step has at least `margin` ms left, so two codes stay consecutive. */
async function waitForFreshStep(page: Page, margin = 6_000) {
	const left = STEP_MS - (Date.now() % STEP_MS);
	if (left < margin) await page.waitForTimeout(left + 200);
}

test('root assigns MFA with real TOTP codes, signs out and signs in with a code', async ({ page }) => {
	test.setTimeout(150_000);
	await openSandbox(page);
	await signInAsRoot(page);

	await page.getByRole('button', { name: /Account menu/ }).click();
	await page.getByRole('button', { name: 'Security credentials' }).click();
	await expect(page.getByRole('heading', { name: 'My security credentials' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Multi-factor authentication (MFA)' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Assign MFA device' }).click();
	await expect(page.getByRole('heading', { name: 'Select MFA device' })).toBeVisible();
	await page.getByRole('textbox', { name: /^Device name/ }).fill('root-phone');
	await page.getByRole('radio', { name: /Authenticator app/ }).check();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Next' }).click();

	await expect(page.getByRole('heading', { name: 'Set up device' })).toBeFocused();
	await page.getByRole('button', { name: 'Show QR code' }).click();
	await expect(page.getByRole('img', { name: /QR code to add the MFA device root-phone/ })).toBeVisible();
	await page.getByRole('button', { name: 'Show secret key' }).click();
	const secret = await page.getByTestId('mfa-secret-key').getAttribute('data-secret');
	expect(secret).toMatch(/^[A-Z2-7]{64}$/);
	await expectNoAxeViolations(page);

	const totp = new TOTP({ secret: Secret.fromBase32(secret ?? '') });
	await waitForFreshStep(page);
	const now = Date.now();
	await page.getByRole('textbox', { name: 'MFA code 1' }).fill(totp.generate({ timestamp: now - STEP_MS }));
	await page.getByRole('textbox', { name: 'MFA code 2' }).fill(totp.generate({ timestamp: now }));
	const lastUsedStep = Math.floor(now / STEP_MS);
	await page.getByRole('button', { name: 'Add MFA' }).click();

	await expect(page.locator('.c-alert').getByText('MFA device assigned', { exact: true })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: /mfa\/root-phone$/ })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: /Account menu/ }).click();
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

	// AWS accepts each code once, so the sign-in code must come from a later 30-second step.
	const wait = (lastUsedStep + 1) * STEP_MS - Date.now();
	if (wait > 0) await page.waitForTimeout(wait + 300);
	await signInAsRoot(page, () => totp.generate());
});

test('a wrong pair of codes is rejected with a message tied to the fields', async ({ page }) => {
	await openSandbox(page);
	await signInAsRoot(page);
	await page.getByRole('button', { name: /Account menu/ }).click();
	await page.getByRole('button', { name: 'Security credentials' }).click();
	await page.getByRole('button', { name: 'Assign MFA device' }).click();
	await page.getByRole('textbox', { name: /^Device name/ }).fill('typo-phone');
	await page.getByRole('radio', { name: /Authenticator app/ }).check();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('textbox', { name: 'MFA code 1' }).fill('123456');
	await page.getByRole('textbox', { name: 'MFA code 2' }).fill('123456');
	await page.getByRole('button', { name: 'Add MFA' }).click();
	await expect(page.getByRole('textbox', { name: 'MFA code 1' })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#mfa-codes-error')).not.toBeEmpty();
	await expectNoAxeViolations(page);
});
