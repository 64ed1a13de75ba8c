import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openService } from './support/course';

test('the challenge counts faults as they are fixed, gives hints on request, and shows no steps up front', async ({
	page,
}) => {
	await page.goto('/challenge/');
	const status = page.getByRole('heading', { name: /faults fixed/ });
	await expect(status).toHaveText('0 of 8 faults fixed');
	// No step list before asking.
	await expect(page.getByText('The exact clicks:', { exact: true })).toHaveCount(0);

	// Hints on request, from the keyboard: the idea, where to look, the exact clicks, then the check's own words.
	const hint = page.getByRole('button', { name: /Show a hint|Show the next hint/ });
	for (let i = 0; i < 3; i++) {
		await hint.focus();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByText('The exact clicks:', { exact: true })).toBeVisible();
	await expect(page.getByText('What the check says: The root user has no MFA device yet')).toBeVisible();

	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.exclude('.c-navbar')
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);

	// Fix one fault in the practice console: delete the root user's access key.
	await page.getByRole('button', { name: /Account menu/ }).click();
	await page.getByRole('button', { name: 'Security credentials' }).click();
	await page.getByRole('button', { name: /^Delete AKIA/ }).click();
	await expect(status).toHaveText('1 of 8 faults fixed');
	await expect(
		page.getByRole('status').filter({ hasText: 'Fixed: The root user has no access keys. 7 left.' }),
	).toBeAttached();

	// The fix is saved with the practice account, and the hints opened with the learner's progress.
	await page.reload();
	await expect(page.getByRole('heading', { name: /faults fixed/ })).toHaveText('1 of 8 faults fixed');
	await expect(page.getByText('The exact clicks:', { exact: true })).toBeVisible();
	await expect(page.getByText('What the check says: The root user has no MFA device yet')).toBeVisible();
	await expect(page.getByRole('button', { name: /Show a hint|Show the next hint/ })).toHaveCount(0);
	const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('course:progress') ?? 'null'));
	expect(saved.state.hints['fix-broken-account']).toEqual({ 'root-mfa': 3 });
	expect(Object.keys(saved.state.tasks['fix-broken-account'])).toEqual(['root-access-keys']);

	await page.getByRole('button', { name: 'Show every fault that is left' }).click();
	await expect(page.getByRole('list', { name: 'Faults left' })).toContainText('eu-west-2');
	await expect(page.getByRole('list', { name: 'Faults left' })).not.toContainText('access keys');

	// A fixed fault stays counted even when the practice account starts over with the key again.
	await page.evaluate(() => localStorage.removeItem('course:sim:fix-broken-account'));
	await page.reload();
	await expect(page.getByRole('heading', { name: /faults fixed/ })).toHaveText('1 of 8 faults fixed');
	await expect(page.getByRole('listitem').filter({ hasText: 'The root user has no access keys' })).toContainText(
		'fixed earlier, but the practice account no longer passes this check',
	);
	await expect(page.getByRole('status').filter({ hasText: /Fixed:/ })).toHaveCount(0);
});

test('the silent budget: its hints point to Budgets, and a budget made from the template fixes it', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/challenge/');
	const status = page.getByRole('heading', { name: /faults fixed/ });
	await expect(status).toHaveText('0 of 8 faults fixed');
	await page.getByRole('button', { name: 'Show every fault that is left' }).click();
	await expect(page.getByRole('list', { name: 'Faults left' })).toContainText(
		'A budget that tells you when spending passes it: The cost budget "Monthly budget" has no alert',
	);

	// The Budgets page shows the fault: a budget with no alerts.
	const practice = page.getByRole('region', { name: 'Challenge console' });
	await openService(practice, 'budgets', /^Budgets/);
	await expect(practice.getByRole('row', { name: /Monthly budget/ })).toContainText('No alerts');

	await practice.getByRole('button', { name: 'Create budget', exact: true }).click();
	await expect(practice.getByRole('radio', { name: /Zero spend budget/ })).toBeChecked();
	await practice.getByRole('textbox', { name: /^Email recipients/ }).fill('learner@example.com');
	await practice.getByRole('button', { name: 'Create budget', exact: true }).click();
	await expect(status).toHaveText('1 of 8 faults fixed');
	await expect(
		page.getByRole('status').filter({ hasText: 'Fixed: A budget that tells you when spending passes it. 7 left.' }),
	).toBeAttached();
	await expect(page.getByRole('list', { name: 'Faults left' })).not.toContainText('Monthly budget');

	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.exclude('.c-navbar')
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
	).toBeLessThanOrEqual(0);
});
