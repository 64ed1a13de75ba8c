import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Billing alerts → a CloudWatch billing alarm with a new SNS topic and email → confirm the
 * subscription from the Inbox → fast-forward the billing clock → the alarm email arrives.
 */

const ROOT_EMAIL = 'learner@example.com';
const ROOT_PASSWORD = 'Practice-Root-Password-1';

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function signInAsRoot(page: Page) {
	await page.goto('/sandbox/');
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await page.getByRole('radio', { name: /Root user/ }).check();
	await page.getByRole('textbox', { name: 'Root user email address' }).fill(ROOT_EMAIL);
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByLabel('Password', { exact: true }).fill(ROOT_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	// A root user without MFA is asked to register it first; these tests skip it.
	await page.getByRole('button', { name: /^Skip for now \(\d+ days? left\)$/ }).click();
	await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
}

async function openService(page: Page, name: RegExp) {
	await page
		.getByRole('link', { name: /Console Home/ })
		.first()
		.click();
	await page.getByRole('link', { name }).click();
}

test('billing alarm journey: alerts, alarm with a new topic, confirm from the Inbox, fast-forward', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await signInAsRoot(page);

	// Billing preferences → Alert preferences → Edit → Receive CloudWatch billing alerts → Update.
	await openService(page, /^Billing and Cost Management/);
	await expect(page.getByRole('heading', { name: 'Home', exact: true })).toBeVisible();
	await expectNoAxeViolations(page);
	await page
		.getByRole('navigation', { name: 'Billing and Cost Management' })
		.getByRole('link', { name: 'Billing preferences' })
		.click();
	await page.getByRole('button', { name: 'Edit' }).click();
	await page.getByRole('checkbox', { name: /Receive CloudWatch billing alerts/ }).check();
	await expect(page.getByText('This cannot be undone')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Update' }).click();
	await expect(page.locator('.c-alert').getByText('Alert preferences updated', { exact: true })).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: /^Enabled since/ })).toBeVisible();

	// The billing metric appears about 15 minutes after alerts are turned on.
	await page.getByRole('button', { name: 'Fast-forward 6 hours' }).click();

	await openService(page, /^CloudWatch/);
	await expect(page.getByRole('heading', { name: 'Alarms', exact: true })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Create alarm' }).click();

	await page.getByRole('button', { name: 'Select metric' }).click();
	await page.getByRole('button', { name: /^Billing \(/ }).click();
	await page.getByRole('button', { name: /^Total Estimated Charge/ }).click();
	await page.getByRole('checkbox', { name: 'EstimatedCharges USD' }).check();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Select metric' }).click();

	await expect(page.getByRole('combobox', { name: 'Statistic' })).toHaveValue('Maximum');
	// A threshold a little above today's charges, so the alarm fires after a few simulated hours.
	const clock = page.getByRole('region', { name: 'Billing clock' });
	const monthToDate = Number((await clock.getByRole('definition').nth(1).innerText()).replace(/[^0-9.]/g, ''));
	const threshold = (Math.round((monthToDate + 0.2) * 100) / 100).toFixed(2);
	await page.getByRole('textbox', { name: /^than\.\.\./ }).fill(threshold);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Next' }).click();

	await expect(page.getByRole('heading', { name: 'Configure actions' })).toBeFocused();
	await page.getByRole('radio', { name: 'Create new topic' }).check();
	await page.getByRole('textbox', { name: /^Email endpoints/ }).fill('alerts@example.com');
	await page.getByRole('button', { name: 'Create topic' }).click();
	await expect(page.locator('.c-alert').getByText(/A confirmation email went to alerts@example.com/)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Next' }).click();

	await page.getByRole('textbox', { name: /^Alarm name/ }).fill('Billing-alarm');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('heading', { name: 'Preview and create' })).toBeFocused();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Create alarm' }).click();
	await expect(page.locator('.c-alert').getByText('Successfully created alarm Billing-alarm.')).toBeVisible();
	await expect(page.getByRole('rowheader', { name: 'Billing-alarm' })).toBeVisible();

	// Confirm the subscription from the practice Inbox.
	await page.getByRole('button', { name: /^Inbox, \d+ unread$/ }).click();
	const inbox = page.getByRole('dialog', { name: 'Practice inbox' });
	await inbox
		.getByRole('button', { name: /Subscription Confirmation/ })
		.first()
		.click();
	await inbox.getByRole('button', { name: 'Confirm subscription' }).click();
	await expect(inbox.getByRole('heading', { name: 'Subscription confirmed!' })).toBeVisible();
	await expectNoAxeViolations(page);
	await inbox.getByRole('button', { name: 'Close' }).click();

	// Move the billing clock on until the charges pass the threshold: the alarm fires, email arrives.
	const fired = page.locator('.clock__result').getByText(/Alarm "Billing-alarm" is now In alarm\./);
	for (let i = 0; i < 4 && !(await fired.isVisible()); i++) {
		await page.getByRole('button', { name: 'Fast-forward 6 hours' }).click();
	}
	await expect(fired.first()).toBeVisible();
	await expect(page.locator('.clock__result')).toContainText('1 email arrived.');
	await expect(page.getByRole('row', { name: /Billing-alarm/ })).toContainText('In alarm');

	await page.getByRole('button', { name: /^Inbox, \d+ unread$/ }).click();
	await expect(inbox.getByRole('button', { name: /ALARM: "Billing-alarm"/ })).toBeVisible();
});
