import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SIM_STATE_VERSION, PRACTICE_ROOT } from '../../src/simulator';
import { findLabSetup } from '../../src/lessons/setup-registry';

/** Saved practice accounts as the lab pages leave them: each lab solved with its reference solution. */
function solvedSaves(): Record<string, string> {
	const ctx = {
		now: Date.UTC(2025, 0, 15, 9, 0, 0),
		randomBytes: (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256),
	};
	return Object.fromEntries(
		['root-mfa', 'billing-alarm', 'create-iam-user', 'iam-user-mfa'].map((id) => {
			const lab = findLabSetup(id)!;
			return [
				`course:sim:${id}`,
				JSON.stringify({ version: SIM_STATE_VERSION, state: lab.solve(lab.scenario(ctx), ctx).state }),
			];
		}),
	);
}

test('builds the runbook from the saved labs, prints, and downloads as Markdown with no secrets', async ({ page }) => {
	const saves = solvedSaves();
	await page.addInitScript((entries) => {
		for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
	}, saves);
	await page.goto('/runbook/');
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await expect(page.getByText(/steps are filled in from your practice labs/)).toBeVisible();
	await expect(page.getByText(/Device name "root-phone"/)).toBeVisible();
	// The budget, the first guardrail, comes right after root MFA and before the billing alarm.
	await expect(page.getByRole('checkbox', { name: '3. Create a budget that emails you' })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: '4. Turn on billing alerts' })).toBeVisible();
	await expect(page.getByText(/Zero spend budget → Budget name "My Zero-Spend Budget"/)).toBeVisible();
	await expect(
		page.getByRole('link', { name: /Budgets in Billing and Cost Management \(real AWS console/ }),
	).toHaveAttribute('href', 'https://us-east-1.console.aws.amazon.com/costmanagement/home#/budgets');
	await expect(page.getByRole('link', { name: /Security credentials \(real AWS console/ }).first()).toHaveAttribute(
		'href',
		'https://console.aws.amazon.com/iam/home#/security_credentials',
	);

	// Read-only: the saves are exactly as they were.
	const after = await page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), Object.keys(saves));
	expect(after).toEqual(Object.values(saves));

	// Tick a step with the keyboard.
	const first = page.getByRole('checkbox', { name: /1\. Sign in as the root user/ });
	await first.focus();
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();

	// Print stylesheet: the buttons and site chrome disappear, link addresses appear.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.sidebar')).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.locator('.b-runbook__url').first()).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as Markdown' }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toBe('aws-security-runbook.md');
	const markdown = readFileSync(await download.path(), 'utf8');
	expect(markdown).toContain('- [ ] **2. Add MFA to the root user**');
	expect(markdown).toMatch(
		/- \[ \] \*\*3\. Create a budget that emails you\*\*.*\n {2}- Create budget → Use a template \(simplified\) → Zero spend budget/,
	);
	expect(markdown).toContain('- [ ] **4. Turn on billing alerts**');
	for (const secret of [PRACTICE_ROOT.password, PRACTICE_ROOT.email, PRACTICE_ROOT.accountId])
		expect(markdown).not.toContain(secret);

	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('without saved labs it uses the course suggestions, in the dark theme at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.addInitScript(() => localStorage.setItem('course:theme', 'dark'));
	await page.goto('/runbook/');
	await expect(page.getByText(/No practice labs found in this browser/)).toBeVisible();
	await expect(
		page.getByText(/Zero spend budget \(or Monthly cost budget, with an amount\) → type your email address/),
	).toBeVisible();
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
	).toBeLessThanOrEqual(0);
});
