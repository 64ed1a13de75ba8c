import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectConsoleProblems } from './support/console-errors';
import {
	ACCOUNT_ID,
	changeExpiredPassword,
	labCredential,
	openIamUsers,
	openLab,
	openSandbox,
	openService,
	signInAsRoot,
	signOut,
	submitIamUserSignIn,
} from './support/course';
import { tabTo } from './support/keyboard';

/**
 * Screens as today's AWS shows them: access denied with its box of facts, the Users list's column
 * chooser, and a metric browser that picks up the billing metric while it is open.
 */

const ROOT_EMAIL = 'learner@example.com';
const ROOT_PASSWORD = 'Practice-Root-Password-1';

async function expectNoAxeViolations(page: Page, where: string) {
	const results = await new AxeBuilder({ page })
		.include('.c-workspace')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(results.violations.map((v) => `${where}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

/** The value listed for `term` in the access-denied box. */
function deniedFact(scope: Locator, term: string): Locator {
	return scope
		.locator('.c-denied__facts')
		.getByRole('term')
		.filter({ hasText: new RegExp(`^${term.replace(/[()]/g, '\\$&')}:$`) })
		.locator('xpath=following-sibling::dd[1]');
}

/** Nothing in the console is wider than the screen: no sideways scrolling at phone width. */
async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('at 360 px', () => {
	test.use({ viewport: { width: 360, height: 780 } });

	test('an IAM user opening CloudWatch and EC2 sees Access denied with the request’s facts, and can copy them', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const problems = collectConsoleProblems(page);
		await page.goto('/lessons/logging-in/');
		const lab = await openLab(page);
		const temporary = await labCredential(lab, 'iam-admin temporary password');
		await signOut(lab);
		await submitIamUserSignIn(lab, 'iam-admin', temporary);
		await changeExpiredPassword(lab, temporary, 'Checked-At-360-px-1!');

		await openService(lab, 'CloudWatch', /^CloudWatch/);
		await expect(lab.getByRole('heading', { name: 'Access denied', exact: true })).toBeVisible();
		await expect(lab.getByText("You don't have permission to cloudwatch:DescribeAlarms.")).toBeVisible();
		await expect(deniedFact(lab, 'User')).toHaveText(`arn:aws:iam::${ACCOUNT_ID}:user/iam-admin`);
		await expect(deniedFact(lab, 'Service')).toHaveText('cloudwatch');
		await expect(deniedFact(lab, 'Action')).toHaveText('DescribeAlarms');
		await expect(deniedFact(lab, 'On resource(s)')).toHaveText(`arn:aws:cloudwatch:us-east-1:${ACCOUNT_ID}:alarm:*`);
		await expect(deniedFact(lab, 'Context')).toHaveText('no identity-based policy allows the action');
		await expectNoAxeViolations(page, 'CloudWatch access denied');
		await expectNoSidewaysScroll(page);

		await lab.getByRole('button', { name: 'Copy', exact: true }).click();
		await expect(lab.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			[
				`User: arn:aws:iam::${ACCOUNT_ID}:user/iam-admin`,
				'Service: cloudwatch',
				'Action: DescribeAlarms',
				`On resource(s): arn:aws:cloudwatch:us-east-1:${ACCOUNT_ID}:alarm:*`,
				'Context: no identity-based policy allows the action',
			].join('\n'),
		);

		await openService(lab, 'EC2', /^EC2/);
		await expect(lab.getByText("You don't have permission to ec2:DescribeInstances.")).toBeVisible();
		await expect(deniedFact(lab, 'On resource(s)')).toHaveText('*');
		await expect(
			lab.getByText(
				`You are not authorized to perform this operation. User: arn:aws:iam::${ACCOUNT_ID}:user/iam-admin is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action`,
			),
		).toBeVisible();
		await lab.getByText('Why?', { exact: true }).click();
		await expect(lab.locator('.c-why__body')).toContainText('IAMFullAccess');
		await expectNoAxeViolations(page, 'EC2 access denied with Why? open');
		await expectNoSidewaysScroll(page);
		expect(problems).toEqual([]);
	});
});

test('the Users list’s columns are chosen from the keyboard with the settings button', async ({ page }) => {
	await openSandbox(page);
	await signInAsRoot(page, ROOT_EMAIL, ROOT_PASSWORD);
	await openIamUsers(page);
	const headers = page.getByRole('table', { name: 'Users' }).getByRole('columnheader');
	await expect(headers.filter({ hasText: 'Access key last used' })).toHaveCount(0);

	const settings = page.getByRole('button', { name: 'Preferences', exact: true });
	await tabTo(page, settings);
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Select visible columns' });
	await expect(dialog).toBeVisible();
	await expectNoAxeViolations(page, 'Select visible columns');

	// Escape closes the dialog and changes nothing; focus goes back to the settings button.
	await tabTo(page, dialog.getByRole('checkbox', { name: 'Access key last used' }));
	await page.keyboard.press('Space');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(settings).toBeFocused();
	await expect(headers.filter({ hasText: 'Access key last used' })).toHaveCount(0);

	// Tick Access key last used and ARN, untick Creation time, then Confirm.
	await page.keyboard.press('Enter');
	await expect(dialog).toBeVisible();
	for (const name of ['Access key last used', 'ARN', 'Creation time']) {
		await tabTo(page, dialog.getByRole('checkbox', { name, exact: true }));
		await page.keyboard.press('Space');
	}
	await tabTo(page, dialog.getByRole('button', { name: 'Confirm', exact: true }));
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(settings).toBeFocused();
	await expect(headers.filter({ hasText: 'Access key last used' })).toHaveCount(1);
	await expect(headers.filter({ hasText: /^ARN$/ })).toHaveCount(1);
	await expect(headers.filter({ hasText: 'Creation time' })).toHaveCount(0);
	await expectNoAxeViolations(page, 'Users list with chosen columns');
});

test('the metric browser picks up the billing metric after Fast-forward, while it stays open', async ({ page }) => {
	await openSandbox(page);
	await signInAsRoot(page, ROOT_EMAIL, ROOT_PASSWORD);
	await openService(page, 'Billing', /^Billing and Cost Management/);
	await page
		.getByRole('navigation', { name: 'Billing and Cost Management' })
		.getByRole('link', { name: 'Billing preferences' })
		.click();
	await page.getByRole('button', { name: 'Edit', exact: true }).click();
	await page.getByRole('checkbox', { name: /Receive CloudWatch billing alerts/ }).check();
	await page.getByRole('button', { name: 'Update', exact: true }).click();
	await expect(page.locator('.c-alert').getByText('Alert preferences updated', { exact: true })).toBeVisible();

	await openService(page, 'CloudWatch', /^CloudWatch/);
	await page.getByRole('button', { name: 'Create alarm', exact: true }).click();
	await page.getByRole('button', { name: 'Select metric', exact: true }).click();
	await expect(page.getByText('No Billing metrics here')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Billing \(/ })).toHaveCount(0);

	// The first datapoint comes about 15 minutes after alerts are on: move the billing clock.
	await page.getByRole('button', { name: 'Fast-forward 6 hours', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Billing (1 metric)', exact: true })).toBeVisible();
	await expect(page.getByText('No Billing metrics here')).toHaveCount(0);
	await page.getByRole('button', { name: 'Billing (1 metric)', exact: true }).click();
	await page.getByRole('button', { name: 'Total Estimated Charge (1 metric)', exact: true }).click();
	await page.getByRole('checkbox', { name: 'EstimatedCharges USD' }).check();
	await page.getByRole('button', { name: 'Select metric', exact: true }).click();
	const statistic = page.getByRole('combobox', { name: 'Statistic' });
	await expect(statistic).toHaveValue('Maximum');
	await expect(statistic.getByRole('option', { name: 'Sample count', exact: true })).toHaveCount(1);
	await expectNoAxeViolations(page, 'Specify metric and conditions');
});
