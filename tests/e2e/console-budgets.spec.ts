import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectConsoleProblems } from './support/console-errors';
import { openInbox, openSandbox, openService, practiceAccountValue, signInAsRoot } from './support/course';
import { expectMouseUnused, expectVisibleFocus, guardAgainstTheMouse, isFocused, tabTo } from './support/keyboard';

/**
 * AWS Budgets in the practice console: a zero spend budget from the template and a customized
 * monthly budget, listed with their spend; the billing clock moves until a budget alert arrives
 * in the practice Inbox; a budget deleted after confirming; the account plan on Billing Home.
 * axe checks every budget screen in both themes, and the create flow is done with the keyboard
 * alone at 360 px.
 */

const ROOT_EMAIL = 'learner@example.com';
const ROOT_PASSWORD = 'Practice-Root-Password-1';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page: Page, screen: string): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return results.violations.map((v) => `${screen}: ${v.id} on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openBudgets(page: Page): Promise<void> {
	await openService(page, 'budgets', /^Budgets/);
	await expect(page.getByRole('heading', { name: 'Budgets', exact: true })).toBeVisible();
}

for (const theme of ['light', 'dark'] as const) {
	test(`budgets: template and customized budgets, an alert in the Inbox, delete (${theme} theme, axe on every screen)`, async ({
		page,
	}) => {
		test.setTimeout(3 * 60_000);
		await page.emulateMedia({ colorScheme: theme });
		const problems = collectConsoleProblems(page);
		const violations: string[] = [];
		const axe = async (screen: string) => violations.push(...(await axeViolations(page, screen)));

		await openSandbox(page);
		await signInAsRoot(page, ROOT_EMAIL, ROOT_PASSWORD);
		await openService(page, 'Billing', /^Billing and Cost Management/);
		await expect(page.getByRole('heading', { name: 'Recommended: create a budget' })).toBeVisible();
		await axe('billing home with the plan and the budget advice');

		// "budgets" in the services search finds the Budgets page.
		await openBudgets(page);
		await expect(page.getByText('No budgets yet.')).toBeVisible();
		await axe('budgets: empty');

		// Zero spend budget from the template; the console checks the email field first.
		await page.getByRole('button', { name: 'Create budget', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Create budget', exact: true })).toBeVisible();
		await expect(page.getByRole('radio', { name: /Use a template \(simplified\)/ })).toBeChecked();
		await expect(page.getByRole('radio', { name: /Zero spend budget/ })).toBeChecked();
		await expect(page.getByRole('textbox', { name: /^Budget name/ })).toHaveValue('My Zero-Spend Budget');
		await axe('create budget: zero spend template');
		await page.getByRole('button', { name: 'Create budget', exact: true }).click();
		const emails = page.getByRole('textbox', { name: /^Email recipients/ });
		await expect(emails).toHaveAccessibleDescription(/Enter at least one email address\./);
		await expect(emails).toBeFocused();
		await axe('create budget: field errors');
		await emails.fill('alerts@example.com');
		await page.getByRole('button', { name: 'Create budget', exact: true }).click();
		await expect(
			page.locator('.c-alert').getByText('Your budget My Zero-Spend Budget has been created successfully.'),
		).toBeVisible();

		// A customized monthly budget: name and amount checked next to the fields, two alerts.
		await page.getByRole('button', { name: 'Create budget', exact: true }).click();
		await page.getByRole('radio', { name: /Customize \(advanced\)/ }).check();
		const name = page.getByRole('textbox', { name: /^Budget name/ });
		const amount = page.getByRole('textbox', { name: /^Enter your budgeted amount/ });
		await name.fill('My Zero-Spend Budget');
		await amount.fill('abc');
		await page.getByRole('button', { name: 'Create budget', exact: true }).click();
		await expect(name).toHaveAccessibleDescription(/A budget with this name already exists\./);
		await expect(amount).toHaveAccessibleDescription(/Enter an amount greater than 0/);
		await axe('create budget: customize with errors');
		await name.fill('Monthly 20');
		await amount.fill('20');
		for (const alert of ['Alert #1', 'Alert #2']) {
			await page
				.getByRole('group', { name: alert })
				.getByRole('textbox', { name: /^Email recipients/ })
				.fill('alerts@example.com');
		}
		await page.getByRole('button', { name: 'Add an alert threshold' }).click();
		await expect(
			page.getByRole('group', { name: 'Alert #3' }).getByRole('textbox', { name: /^Threshold/ }),
		).toBeFocused();
		await page.getByRole('button', { name: 'Remove alert #3' }).click();
		await expect(page.getByRole('group', { name: 'Alert #3' })).toHaveCount(0);
		await page.getByRole('button', { name: 'Create budget', exact: true }).click();
		await expect(
			page.locator('.c-alert').getByText('Your budget Monthly 20 has been created successfully.'),
		).toBeVisible();
		await expect(page.getByRole('rowheader', { name: 'My Zero-Spend Budget' })).toBeVisible();
		await expect(page.getByRole('row', { name: /Monthly 20/ })).toContainText('$20.00');
		await axe('budgets: two budgets');

		// Billing time moves on: the zero spend budget alerts at the next refresh (within 8 hours).
		const clock = page.getByRole('region', { name: 'Billing clock' });
		await clock.getByRole('button', { name: 'Fast-forward 6 hours', exact: true }).click();
		await clock.getByRole('button', { name: 'Fast-forward 6 hours', exact: true }).click();
		await expect(page.getByRole('row', { name: /My Zero-Spend Budget/ })).toContainText('Exceeded (1 of 1)');
		const inbox = await openInbox(page, page);
		const alert = inbox.getByRole('button', {
			name: /AWS Budgets: My Zero-Spend Budget has exceeded your alert threshold/,
		});
		await alert.first().click();
		await expect(inbox.getByText(/It does not stop, change or delete any of your resources/)).toBeVisible();
		await axe('inbox: budget alert');
		await inbox.getByRole('button', { name: 'Close', exact: true }).click();

		// Delete asks first; Cancel keeps the budget.
		await page.getByRole('radio', { name: 'Select Monthly 20' }).check();
		await page.getByRole('button', { name: 'Delete', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Delete budget?' });
		await expect(dialog).toContainText('Delete Monthly 20?');
		await axe('delete budget dialog');
		await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
		await expect(page.getByRole('rowheader', { name: 'Monthly 20' })).toBeVisible();
		await page.getByRole('button', { name: 'Delete', exact: true }).click();
		await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
		await expect(page.locator('.c-alert').getByText('Deleted budget Monthly 20.')).toBeVisible();
		await expect(page.getByRole('rowheader', { name: 'Monthly 20' })).toHaveCount(0);

		expect(violations).toEqual([]);
		expect(problems).toEqual([]);
	});
}

test('Billing Home shows the Free plan with its credits and end date, and upgrades to the Paid plan', async ({
	page,
}) => {
	await openSandbox(page);
	await signInAsRoot(page, ROOT_EMAIL, ROOT_PASSWORD);
	await openService(page, 'Billing', /^Billing and Cost Management/);
	const plan = page.getByRole('region', { name: 'Account plan' });
	await expect(plan.getByRole('definition').first()).toHaveText('Free plan');
	await expect(plan).toContainText('Credits remaining');
	await expect(plan).toContainText(/\$\d+\.\d{2}/);
	await expect(plan).toContainText(/\(\d+ days left\)/);
	await expect(plan).toContainText('keeps its content for 90 days');
	await plan.getByRole('button', { name: 'Upgrade plan' }).click();
	const dialog = page.getByRole('dialog', { name: 'Upgrade to the Paid plan?' });
	await expect(dialog).toContainText("You can't go back to the Free plan.");
	await dialog.getByRole('button', { name: 'Upgrade plan' }).click();
	await expect(plan.getByRole('definition').first()).toHaveText('Paid plan');
	await expect(plan.getByRole('button', { name: 'Upgrade plan' })).toHaveCount(0);
	expect(await axeViolations(page, 'billing home, Paid plan')).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Keyboard alone, on a phone-sized screen

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.press(key);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(text);
	await expect(target).toHaveValue(text);
}

/** Tabs into a radio group (one tab stop) and moves with the arrow keys to the radio wanted. */
async function chooseRadio(page: Page, radio: Locator): Promise<void> {
	const name = await radio.getAttribute('name');
	const inGroup = () =>
		page.evaluate((groupName) => (document.activeElement as HTMLInputElement | null)?.name === groupName, name);
	for (let presses = 0; presses < 120 && !(await inGroup()); presses++) await page.keyboard.press('Tab');
	expect(await inGroup(), `focus reached the radio group "${name}"`).toBe(true);
	if (await isFocused(radio)) await page.keyboard.press('Space');
	for (let presses = 0; presses < 6 && !(await radio.isChecked()); presses++) await page.keyboard.press('ArrowDown');
	await expect(radio).toBeChecked();
}

test.describe('360 px wide', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, actionTimeout: 15_000 });

	test('keyboard only at 360 px: find Budgets, create a monthly cost budget from its template, see it listed', async ({
		page,
	}) => {
		test.setTimeout(2 * 60_000);
		const problems = collectConsoleProblems(page);
		const pageOverflow = () =>
			page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		await guardAgainstTheMouse(page);
		await openSandbox(page);
		await press(page, page.getByRole('button', { name: 'Practice account', exact: true }));
		const email = await practiceAccountValue(page, 'Root user email address');
		const password = await practiceAccountValue(page, 'Password');
		await chooseRadio(page, page.getByRole('radio', { name: /^Root user/ }));
		await typeInto(page, page.getByRole('textbox', { name: 'Root user email address' }), email);
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
		await page.keyboard.type(password);
		await page.keyboard.press('Enter');
		// Without MFA, the root user is asked to register it first; skip it for now.
		await expect(page.getByRole('heading', { name: 'Register MFA for the root user', exact: true })).toBeFocused();
		await press(page, page.getByRole('button', { name: /^Skip for now \(\d+ days? left\)$/ }));
		await expect(page.getByRole('heading', { name: 'Console Home', exact: true })).toBeFocused();

		// The services search: type, ArrowDown to Budgets, Enter.
		const search = page.getByRole('combobox', { name: 'Search for services' });
		await typeInto(page, search, 'budgets');
		const option = page.getByRole('option', { name: /^Budgets/ });
		for (let presses = 0; presses < 4 && (await option.getAttribute('aria-selected')) !== 'true'; presses++) {
			await page.keyboard.press('ArrowDown');
		}
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Budgets', exact: true })).toBeFocused();
		expect(await pageOverflow()).toBeLessThanOrEqual(0);

		await press(page, page.getByRole('button', { name: 'Create budget', exact: true }));
		await expect(page.getByRole('heading', { name: 'Create budget', exact: true })).toBeFocused();
		await chooseRadio(page, page.getByRole('radio', { name: /Monthly cost budget/ }));
		await expect(page.getByRole('textbox', { name: /^Budget name/ })).toHaveValue('My Monthly Cost Budget');
		const create = page.getByRole('button', { name: 'Create budget', exact: true });
		// Submitting with the amount missing puts focus on the first field in error.
		await press(page, create);
		const amount = page.getByRole('textbox', { name: /^Enter your budgeted amount/ });
		await expect(amount).toBeFocused();
		await expectVisibleFocus(amount);
		await page.keyboard.type('25');
		await typeInto(page, page.getByRole('textbox', { name: /^Email recipients/ }), email);
		await press(page, create);
		await expect(page.getByRole('heading', { name: 'Budgets', exact: true })).toBeFocused();
		await expect(page.getByRole('rowheader', { name: 'My Monthly Cost Budget' })).toBeVisible();
		expect(await pageOverflow()).toBeLessThanOrEqual(0);

		await expectMouseUnused(page);
		expect(problems).toEqual([]);
	});
});
