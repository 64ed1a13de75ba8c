import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleProblems } from './support/console-errors';
import {
	changeExpiredPassword,
	consecutiveCodes,
	createBillingAlarm,
	createUserWithWizard,
	enableBillingAlerts,
	mfaRegistrationPromptHeading,
	openIamUsers,
	openInbox,
	openSandbox,
	openSecurityCredentials,
	openService,
	signInAsRoot,
	signOut,
	submitIamUserSignIn,
	submitRootPassword,
	totpFor,
} from './support/course';

/**
 * axe on every console screen and dialog, in both themes. Each test covers one part of the console,
 * so a slow machine runs several short tests instead of one long one, and a failure names its part.
 */

const ROOT_EMAIL = 'learner@example.com';
const ROOT_PASSWORD = 'Practice-Root-Password-1';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.use({ actionTimeout: 15_000 });

/** Runs axe on the page as it is, and keeps what it finds under the screen's name. */
function axeChecker(page: Page) {
	const violations: string[] = [];
	const check = async (screen: string) => {
		const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
		for (const violation of results.violations) {
			violations.push(
				`${screen}: ${violation.id} on ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
			);
		}
	};
	return { check, violations };
}

async function signedInSandbox(page: Page): Promise<void> {
	await openSandbox(page);
	await signInAsRoot(page, ROOT_EMAIL, ROOT_PASSWORD);
}

for (const theme of ['light', 'dark'] as const) {
	test.describe(`axe, ${theme} theme`, () => {
		test.beforeEach(async ({ page }) => {
			// Generous: each test is short, but a busy machine must never fail it for being slow.
			test.setTimeout(3 * 60_000);
			await page.emulateMedia({ colorScheme: theme });
		});

		test('sign-in, the prompt to register MFA, Console Home and the account menu', async ({ page }) => {
			const problems = collectConsoleProblems(page);
			const axe = axeChecker(page);
			await openSandbox(page);
			await axe.check('sign-in (root)');
			await page.getByRole('radio', { name: /IAM user/ }).check();
			await axe.check('sign-in (IAM user)');
			await submitRootPassword(page, ROOT_EMAIL, ROOT_PASSWORD);
			await expect(mfaRegistrationPromptHeading(page)).toBeVisible();
			await axe.check('prompt to register MFA');
			await page.getByRole('button', { name: /^Skip for now/ }).click();
			await expect(page.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
			await axe.check('console home');
			await page.getByRole('button', { name: /Account menu/ }).click();
			await axe.check('account menu');
			expect(axe.violations).toEqual([]);
			expect(problems).toEqual([]);
		});

		test('root MFA: security credentials, the Assign MFA device wizard, the practice authenticator, the MFA sign-in step', async ({
			page,
		}) => {
			const problems = collectConsoleProblems(page);
			const axe = axeChecker(page);
			await signedInSandbox(page);
			await openSecurityCredentials(page);
			await axe.check('security credentials');
			await page.getByRole('button', { name: 'Assign MFA device', exact: true }).click();
			await axe.check('assign MFA: select device');
			await page.getByRole('textbox', { name: /^Device name/ }).fill('axe-phone');
			await page.getByRole('radio', { name: /Authenticator app/ }).check();
			await page.getByRole('button', { name: 'Next', exact: true }).click();
			await page.getByRole('button', { name: 'Show QR code', exact: true }).click();
			await page.getByRole('button', { name: 'Show secret key', exact: true }).click();
			await axe.check('assign MFA: set up device');
			const authenticator = page.getByRole('region', { name: 'Practice authenticator' });
			await authenticator.getByRole('button', { name: 'Enter a setup key', exact: true }).click();
			await axe.check('practice authenticator: setup key form');
			await authenticator.getByRole('button', { name: 'Enter a setup key', exact: true }).click();
			await authenticator.getByRole('button', { name: 'Scan QR code', exact: true }).click();
			await axe.check('practice authenticator: one account');
			const secret = (await page.getByTestId('mfa-secret-key').getAttribute('data-secret')) ?? '';
			await page.getByRole('textbox', { name: 'MFA code 1', exact: true }).fill('000000');
			await page.getByRole('textbox', { name: 'MFA code 2', exact: true }).fill('000000');
			await page.getByRole('button', { name: 'Add MFA', exact: true }).click();
			await expect(page.getByRole('textbox', { name: 'MFA code 1', exact: true })).toHaveAttribute(
				'aria-invalid',
				'true',
			);
			await axe.check('assign MFA: codes rejected');
			const { code1, code2 } = consecutiveCodes(secret);
			await page.getByRole('textbox', { name: 'MFA code 1', exact: true }).fill(code1);
			await page.getByRole('textbox', { name: 'MFA code 2', exact: true }).fill(code2);
			await page.getByRole('button', { name: 'Add MFA', exact: true }).click();
			await expect(page.locator('.c-alert').getByText('MFA device assigned', { exact: true })).toBeVisible();
			await axe.check('security credentials with a device');
			await signOut(page);
			await submitRootPassword(page, ROOT_EMAIL, ROOT_PASSWORD);
			await expect(page.getByRole('heading', { name: 'Multi-factor authentication', exact: true })).toBeVisible();
			await axe.check('MFA sign-in step');
			await page.getByRole('textbox', { name: 'MFA code', exact: true }).fill(totpFor(secret).generate());
			await page.getByRole('button', { name: 'Submit', exact: true }).click();
			await expect(page.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
			expect(axe.violations).toEqual([]);
			expect(problems).toEqual([]);
		});

		test('IAM: the Users list, every step of Create user, the delete dialog and a user page', async ({ page }) => {
			const problems = collectConsoleProblems(page);
			const axe = axeChecker(page);
			await signedInSandbox(page);
			await openIamUsers(page);
			await axe.check('IAM users');
			await page.getByRole('button', { name: 'Create user', exact: true }).click();
			await page.getByRole('textbox', { name: 'User name' }).fill('axe-admin');
			await page.getByRole('checkbox', { name: /Provide user access to the AWS Management Console/ }).check();
			await page.getByRole('radio', { name: /I want to create an IAM user/ }).check();
			await axe.check('create user: details');
			await page.getByRole('button', { name: 'Next', exact: true }).click();
			await page.getByRole('radio', { name: /Attach policies directly/ }).check();
			await page.getByRole('searchbox', { name: 'Search policies' }).fill('IAMFullAccess');
			await page.getByRole('checkbox', { name: 'IAMFullAccess', exact: true }).check();
			await axe.check('create user: permissions');
			await page.getByRole('button', { name: 'Next', exact: true }).click();
			await axe.check('create user: review');
			await page.getByRole('button', { name: 'Create user', exact: true }).click();
			await page.getByRole('button', { name: 'Show', exact: true }).click();
			await axe.check('create user: retrieve password');
			await page.getByRole('button', { name: 'Return to users list', exact: true }).click();
			await page.getByRole('checkbox', { name: 'Select axe-admin', exact: true }).check();
			await page.getByRole('button', { name: 'Delete', exact: true }).click();
			await axe.check('delete user dialog');
			await page
				.getByRole('dialog', { name: 'Delete axe-admin?' })
				.getByRole('button', { name: 'Cancel', exact: true })
				.click();
			await page.getByRole('rowheader', { name: 'axe-admin', exact: true }).getByRole('link').click();
			await axe.check('user details');
			expect(axe.violations).toEqual([]);
			expect(problems).toEqual([]);
		});

		test('billing and alarms: billing preferences, CloudWatch alarms, the inbox and the reset dialog', async ({
			page,
		}) => {
			const problems = collectConsoleProblems(page);
			const axe = axeChecker(page);
			await signedInSandbox(page);
			await enableBillingAlerts(page);
			await axe.check('billing preferences');
			await page.getByRole('button', { name: 'Fast-forward 6 hours', exact: true }).click();
			await createBillingAlarm(page, {
				name: 'axe-alarm',
				threshold: '10',
				topic: { create: 'axe-topic', email: 'learner@example.com' },
			});
			await axe.check('CloudWatch alarms');
			const inbox = await openInbox(page, page);
			await axe.check('inbox');
			await inbox
				.getByRole('button', { name: /Subscription Confirmation/ })
				.first()
				.click();
			await inbox.getByRole('button', { name: 'Confirm subscription', exact: true }).click();
			await axe.check('inbox: subscription confirmed');
			await inbox.getByRole('button', { name: 'Close', exact: true }).click();
			await page.getByRole('button', { name: 'Reset', exact: true }).click();
			await axe.check('reset dialog');
			expect(axe.violations).toEqual([]);
			expect(problems).toEqual([]);
		});

		test("an IAM user's side: the forced password change and access denied with Why?", async ({ page }) => {
			const problems = collectConsoleProblems(page);
			const axe = axeChecker(page);
			await signedInSandbox(page);
			await openIamUsers(page);
			const password =
				(await createUserWithWizard(page, { userName: 'axe-admin', consoleAccess: true, policy: 'IAMFullAccess' })) ??
				'';
			await signOut(page);
			await submitIamUserSignIn(page, 'axe-admin', password);
			await expect(page.getByRole('heading', { name: 'Change password', exact: true })).toBeVisible();
			await axe.check('change password');
			await changeExpiredPassword(page, password, 'Axe-Checked-Passw0rd!');
			await openService(page, 'EC2', /^EC2/);
			await expect(page.getByRole('heading', { name: 'Access denied', exact: true })).toBeVisible();
			await page.getByText('Why?', { exact: true }).click();
			await axe.check('access denied with Why?');
			expect(axe.violations).toEqual([]);
			expect(problems).toEqual([]);
		});
	});
}
