import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

/**
 * Page objects for the course as a learner sees it: lesson pages with their lab and quiz, and the
 * practice console inside them (or on /sandbox/). Locators go by role and accessible name, so
 * these helpers also check that every control a learner uses has one.
 */

export const TOTP_STEP_MS = 30_000;
export const ACCOUNT_ID = '111122223333';

/** The lesson slugs in course order, as the URLs use them. */
export const LESSON_SLUGS = [
	'secure-your-account',
	'root-mfa',
	'billing-alarm',
	'create-iam-user',
	'our-new-user',
	'logging-in',
	'iam-user-mfa',
	'when-something-goes-wrong',
	'do-it-for-real',
] as const;
export type LessonSlug = (typeof LESSON_SLUGS)[number];

// ---------------------------------------------------------------------------------------------
// Quizzes

export interface QuizJson {
	questions: Array<{
		id: string;
		kind: 'single' | 'multiple';
		options: Array<{ id: string; text: string; correct: boolean }>;
	}>;
}

/** Reads a quiz from the course content, so the test knows the right options without hard-coding them. */
export function loadQuiz(id: string): QuizJson {
	return JSON.parse(readFileSync(`src/content/quizzes/${id}.json`, 'utf8')) as QuizJson;
}

export function quizSection(page: Page): Locator {
	return page.getByRole('region', { name: 'Check yourself' });
}

/** Answers every question of a lesson's quiz correctly with the mouse, and checks the final score. */
export async function answerQuizCorrectly(page: Page, quizId: string): Promise<void> {
	const quiz = loadQuiz(quizId);
	const section = quizSection(page);
	await section.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[component-url*="Quiz"]')).not.toHaveAttribute('ssr');
	await expect(section.locator('.quiz[data-ready="true"]')).toBeAttached();
	for (const [index, question] of quiz.questions.entries()) {
		const group = section.getByRole('group', { name: new RegExp(`^Question ${index + 1} of `) });
		const role = question.kind === 'single' ? 'radio' : 'checkbox';
		for (const option of question.options) {
			if (option.correct) await group.getByRole(role, { name: option.text, exact: true }).check();
		}
		await group.getByRole('button', { name: 'Check answer', exact: true }).click();
		await expect(group).toContainText('Correct.');
	}
	const total = quiz.questions.length;
	await expect(section).toContainText(`You scored ${total} of ${total} correct.`);
}

// ---------------------------------------------------------------------------------------------
// Lesson pages and their labs

/** The lesson's practice lab region (task list and console). */
export function labRegion(page: Page): Locator {
	return page.getByRole('region', { name: 'Practice lab' });
}

/** Scrolls the lab into view (it hydrates only then) and waits for the console to be ready. */
export async function openLab(page: Page): Promise<Locator> {
	const lab = labRegion(page);
	await lab.scrollIntoViewIfNeeded();
	await expect(lab.getByRole('heading', { name: /^Your tasks/ })).toBeVisible();
	await expect(lab.locator('.c-workspace')).toBeVisible();
	return lab;
}

/** Asserts the lab's own counter says every task is done. */
export async function expectAllTasksDone(lab: Locator, taskCount: number): Promise<void> {
	await expect(lab.getByRole('heading', { name: /^Your tasks/ })).toContainText(`(${taskCount} of ${taskCount} done)`);
	await expect(lab.locator('.lab-task')).toHaveCount(taskCount);
	await expect(lab.locator('.lab-task--done')).toHaveCount(taskCount);
}

/** Follows the pager's Next link at the bottom of a lesson. */
export async function goToNextLesson(page: Page, expectedSlug: LessonSlug): Promise<void> {
	await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /^Next/ }).click();
	await expect(page).toHaveURL(new RegExp(`/lessons/${expectedSlug}/$`));
}

/** The sidebar's lesson navigation. */
export function sideNav(page: Page): Locator {
	return page.locator('aside.sidebar').getByRole('navigation');
}

/** Checks the sidebar marks exactly the given lessons as completed, and the progress bar agrees. */
export async function expectNavCompletion(page: Page, completed: readonly LessonSlug[]): Promise<void> {
	const nav = sideNav(page);
	for (const slug of LESSON_SLUGS) {
		const link = nav.locator(`a[data-lesson-id="${slug}"]`);
		if (completed.includes(slug)) {
			await expect(link, slug).toHaveAttribute('data-complete', 'true');
			await expect(link, slug).toHaveAccessibleName(/\(completed\)$/);
		} else {
			await expect(link, slug).not.toHaveAttribute('data-complete', 'true');
		}
	}
	const bar = nav.getByRole('progressbar');
	await expect(bar).toHaveAttribute('max', String(LESSON_SLUGS.length));
	await expect(bar).toHaveJSProperty('value', completed.length);
	await expect(nav.getByText(`${completed.length} of ${LESSON_SLUGS.length} lessons completed`)).toBeVisible();
}

// ---------------------------------------------------------------------------------------------
// The practice console

/** Opens the free practice console and waits for it to hydrate. */
export async function openSandbox(page: Page): Promise<void> {
	await page.goto('/sandbox/');
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
}

/** Reads one value from the practice account card beside the console. */
export async function practiceAccountValue(scope: Locator | Page, term: string): Promise<string> {
	const card = scope.getByRole('region', { name: 'Practice account' });
	const value = card
		.getByRole('term')
		.filter({ hasText: new RegExp(`^${term}$`) })
		.locator('xpath=following-sibling::dd[1]');
	return ((await value.locator('.c-mono').textContent()) ?? '').trim();
}

/**
 * Signs in as the root user; `mfaCode` is called right before typing, so the code is fresh. Without
 * MFA, the root user meets the prompt to register it, and skips it.
 */
export async function signInAsRoot(
	scope: Locator | Page,
	email: string,
	password: string,
	mfaCode?: () => string,
): Promise<void> {
	await submitRootPassword(scope, email, password);
	if (mfaCode) await submitSignInMfaCode(scope, mfaCode);
	else await skipMfaRegistrationPrompt(scope);
	await expect(scope.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
}

/** Chooses Root user, types the email and the password and signs in. The caller checks where it lands. */
export async function submitRootPassword(scope: Locator | Page, email: string, password: string): Promise<void> {
	await scope.getByRole('radio', { name: /Root user/ }).check();
	await scope.getByRole('textbox', { name: 'Root user email address' }).fill(email);
	await scope.getByRole('button', { name: 'Next', exact: true }).click();
	await scope.getByLabel('Password', { exact: true }).fill(password);
	await scope.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The page after the password that asks a root user without MFA to register it. */
export function mfaRegistrationPromptHeading(scope: Locator | Page): Locator {
	return scope.getByRole('heading', { name: 'Register MFA for the root user', exact: true });
}

/** Skips the prompt to register MFA (possible for 35 days); the caller checks where it lands. */
export async function skipMfaRegistrationPrompt(scope: Locator | Page): Promise<void> {
	await expect(mfaRegistrationPromptHeading(scope)).toBeVisible();
	await scope.getByRole('button', { name: /^Skip for now \(\d+ days? left\)$/ }).click();
}

/** Fills the IAM user sign-in form and submits it. The caller checks where it lands. */
export async function submitIamUserSignIn(
	scope: Locator | Page,
	userName: string,
	password: string,
	account = ACCOUNT_ID,
): Promise<void> {
	await scope.getByRole('radio', { name: /IAM user/ }).check();
	await scope.getByLabel('Account ID (12 digits) or account alias').fill(account);
	await scope.getByLabel('IAM user name').fill(userName);
	await scope.getByLabel('Password', { exact: true }).fill(password);
	await scope.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function submitSignInMfaCode(scope: Locator | Page, mfaCode: () => string): Promise<void> {
	await expect(scope.getByRole('heading', { name: 'Multi-factor authentication', exact: true })).toBeVisible();
	await scope.getByRole('textbox', { name: 'MFA code' }).fill(mfaCode());
	await scope.getByRole('button', { name: 'Submit', exact: true }).click();
}

/** Changes an expired password on the forced "Change password" step. */
export async function changeExpiredPassword(
	scope: Locator | Page,
	oldPassword: string,
	newPassword: string,
): Promise<void> {
	await expect(scope.getByRole('heading', { name: 'Change password', exact: true })).toBeVisible();
	await scope.getByLabel('Old password').fill(oldPassword);
	await scope.getByLabel('New password', { exact: true }).fill(newPassword);
	await scope.getByLabel('Retype new password').fill(newPassword);
	await scope.getByRole('button', { name: 'Confirm password change', exact: true }).click();
	await expect(scope.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
}

/** Reads the 12-digit account ID from the account menu, as lesson 1 asks. */
export async function readAccountIdFromMenu(scope: Locator | Page): Promise<string> {
	const menuButton = scope.getByRole('button', { name: /Account menu/ });
	await menuButton.click();
	const term = scope
		.getByRole('navigation', { name: 'Console navigation' })
		.getByRole('term')
		.filter({ hasText: /^Account ID$/ });
	await expect(term).toBeVisible();
	const text = (await term.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
	await menuButton.click();
	return text.replace(/\D/g, '');
}

export async function signOut(scope: Locator | Page): Promise<void> {
	await scope.getByRole('button', { name: /Account menu/ }).click();
	await scope.getByRole('button', { name: 'Sign out', exact: true }).click();
	await expect(scope.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
}

/** Opens a service from the console's services search. */
export async function openService(scope: Locator | Page, query: string, name: RegExp): Promise<void> {
	const search = scope.getByRole('combobox', { name: 'Search for services' });
	const option = scope.getByRole('option', { name }).first();
	// The previous screen moves focus to its heading once it has rendered (screens load on demand),
	// which closes the list; a learner would simply type again, and so does this.
	await expect(async () => {
		await search.fill('');
		await search.fill(query);
		await option.click({ timeout: 2_000 });
	}).toPass({ timeout: 15_000 });
}

export async function openSecurityCredentials(scope: Locator | Page): Promise<void> {
	await scope.getByRole('button', { name: /Account menu/ }).click();
	await scope.getByRole('button', { name: 'Security credentials', exact: true }).click();
	await expect(scope.getByRole('heading', { name: 'Multi-factor authentication (MFA)', exact: true })).toBeVisible();
}

/**
 * The code pair a phone user who waited for the code to change would type: the codes of the two
 * 30-second steps before the current one. The simulator accepts a pair ending up to 2 steps from
 * now (ENABLE_WINDOW_STEPS), so the pair stays valid even if a step boundary passes while typing;
 * and the current step's code stays unused for the sign-in that follows, with no waiting.
 */
export function consecutiveCodes(secret: string, now = Date.now()): { code1: string; code2: string } {
	const totp = totpFor(secret);
	return {
		code1: totp.generate({ timestamp: now - 2 * TOTP_STEP_MS }),
		code2: totp.generate({ timestamp: now - TOTP_STEP_MS }),
	};
}

export function totpFor(secret: string): TOTP {
	return new TOTP({ secret: Secret.fromBase32(secret) });
}

/**
 * Runs the Assign MFA device wizard from the Security credentials page with an authenticator app:
 * shows the QR code and the secret key, types two consecutive codes computed from that key, and
 * returns the key and the codes typed.
 */
export async function assignVirtualMfa(
	scope: Locator | Page,
	deviceName: string,
): Promise<{ secret: string; codes: string[] }> {
	await scope.getByRole('button', { name: 'Assign MFA device', exact: true }).click();
	return completeAssignMfaWizard(scope, deviceName);
}

/**
 * Runs the Assign MFA device wizard from its first step (reached from Security credentials or from
 * the prompt to register MFA) and returns the key and the codes typed.
 */
export async function completeAssignMfaWizard(
	scope: Locator | Page,
	deviceName: string,
): Promise<{ secret: string; codes: string[] }> {
	await expect(scope.getByRole('heading', { name: 'Select MFA device', exact: true })).toBeVisible();
	await scope.getByRole('textbox', { name: /^Device name/ }).fill(deviceName);
	await scope.getByRole('radio', { name: /Authenticator app/ }).check();
	await scope.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(scope.getByRole('heading', { name: 'Set up device', exact: true })).toBeVisible();
	await scope.getByRole('button', { name: 'Show QR code', exact: true }).click();
	await expect(
		scope.getByRole('img', { name: new RegExp(`QR code to add the MFA device ${deviceName}`) }),
	).toBeVisible();
	await scope.getByRole('button', { name: 'Show secret key', exact: true }).click();
	const secret = (await scope.getByTestId('mfa-secret-key').getAttribute('data-secret')) ?? '';
	expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
	const { code1, code2 } = consecutiveCodes(secret);
	await scope.getByRole('textbox', { name: 'MFA code 1' }).fill(code1);
	await scope.getByRole('textbox', { name: 'MFA code 2' }).fill(code2);
	await scope.getByRole('button', { name: 'Add MFA', exact: true }).click();
	await expect(scope.locator('.c-alert').getByText('MFA device assigned', { exact: true })).toBeVisible();
	return { secret, codes: [code1, code2] };
}

/** The IAM Users page, from the services search. */
export async function openIamUsers(scope: Locator | Page): Promise<void> {
	await openService(scope, 'IAM', /^IAM/);
	await expect(scope.getByRole('heading', { name: 'IAM Dashboard', exact: true })).toBeVisible();
	await scope
		.getByRole('navigation', { name: 'Identity and Access Management (IAM)' })
		.getByRole('link', { name: 'Users' })
		.click();
	await expect(scope.getByRole('heading', { name: /^Users \(\d+\)$/ })).toBeVisible();
}

/**
 * Creates a user with the Create user wizard from the Users page. With `consoleAccess`, an
 * autogenerated password is shown on the last step and returned.
 */
export async function createUserWithWizard(
	scope: Locator | Page,
	options: { userName: string; consoleAccess: boolean; policy: string },
): Promise<string | undefined> {
	await scope.getByRole('button', { name: 'Create user', exact: true }).click();
	await expect(scope.getByRole('heading', { name: 'Specify user details', exact: true })).toBeVisible();
	await scope.getByRole('textbox', { name: 'User name' }).fill(options.userName);
	if (options.consoleAccess) {
		await scope.getByRole('checkbox', { name: /Provide user access to the AWS Management Console/ }).check();
		await scope.getByRole('radio', { name: /I want to create an IAM user/ }).check();
		await expect(scope.getByRole('radio', { name: /Autogenerated password/ })).toBeChecked();
	}
	await scope.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(scope.getByRole('heading', { name: 'Set permissions', exact: true })).toBeVisible();
	await scope.getByRole('radio', { name: /Attach policies directly/ }).check();
	await scope.getByRole('searchbox', { name: 'Search policies' }).fill(options.policy);
	await scope.getByRole('checkbox', { name: options.policy, exact: true }).check();
	await scope.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(scope.getByRole('heading', { name: 'Review and create', exact: true })).toBeVisible();
	await scope.getByRole('button', { name: 'Create user', exact: true }).click();
	if (!options.consoleAccess) {
		// Without a password to hand over, the wizard ends on the new user's page.
		await expect(scope.getByRole('heading', { name: options.userName, exact: true })).toBeVisible();
		await scope
			.getByRole('navigation', { name: 'Identity and Access Management (IAM)' })
			.getByRole('link', { name: 'Users' })
			.click();
		await expect(scope.getByRole('rowheader', { name: options.userName, exact: true })).toBeVisible();
		return undefined;
	}
	await expect(scope.getByRole('heading', { name: 'Retrieve password', exact: true })).toBeVisible();
	await scope.getByRole('button', { name: 'Show', exact: true }).click();
	const password = ((await scope.locator('.c-secret .c-mono').textContent()) ?? '').trim();
	expect(password).toMatch(/^\S{8,}$/);
	await scope.getByRole('button', { name: 'Return to users list', exact: true }).click();
	await expect(scope.getByRole('rowheader', { name: options.userName, exact: true })).toBeVisible();
	return password;
}

/** Deletes one user from the Users list through the confirmation dialog. */
export async function deleteUser(scope: Locator | Page, page: Page, userName: string): Promise<void> {
	await scope.getByRole('checkbox', { name: `Select ${userName}`, exact: true }).check();
	await scope.getByRole('button', { name: 'Delete', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: `Delete ${userName}?` });
	await expect(dialog).toBeVisible();
	const confirmBox = dialog.getByRole('textbox');
	if ((await confirmBox.count()) > 0) await confirmBox.first().fill(userName);
	await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(dialog).toBeHidden();
	await expect(scope.getByRole('rowheader', { name: userName, exact: true })).toHaveCount(0);
}

/** Turns on Receive CloudWatch billing alerts in Billing preferences. */
export async function enableBillingAlerts(scope: Locator | Page): Promise<void> {
	await openService(scope, 'Billing', /^Billing and Cost Management/);
	await expect(scope.getByRole('heading', { name: 'Home', exact: true })).toBeVisible();
	await scope
		.getByRole('navigation', { name: 'Billing and Cost Management' })
		.getByRole('link', { name: 'Billing preferences' })
		.click();
	await scope.getByRole('button', { name: 'Edit', exact: true }).click();
	await scope.getByRole('checkbox', { name: /Receive CloudWatch billing alerts/ }).check();
	await scope.getByRole('button', { name: 'Update', exact: true }).click();
	await expect(scope.locator('.c-alert').getByText('Alert preferences updated', { exact: true })).toBeVisible();
}

/**
 * Creates a billing alarm with the CloudWatch wizard. `topic` is either a new topic with an email
 * endpoint, or the name of an existing topic to reuse.
 */
export async function createBillingAlarm(
	scope: Locator | Page,
	options: { name: string; threshold: string; topic: { create: string; email: string } | { existing: string } },
): Promise<void> {
	await openService(scope, 'CloudWatch', /^CloudWatch/);
	await expect(scope.getByRole('heading', { name: 'Alarms', exact: true })).toBeVisible();
	await scope.getByRole('button', { name: 'Create alarm', exact: true }).click();
	await scope.getByRole('button', { name: 'Select metric', exact: true }).click();
	await scope.getByRole('button', { name: /^Billing \(/ }).click();
	await scope.getByRole('button', { name: /^Total Estimated Charge/ }).click();
	await scope.getByRole('checkbox', { name: 'EstimatedCharges USD' }).check();
	await scope.getByRole('button', { name: 'Select metric', exact: true }).click();
	await expect(scope.getByRole('combobox', { name: 'Statistic' })).toHaveValue('Maximum');
	await scope.getByRole('textbox', { name: /^than\.\.\./ }).fill(options.threshold);
	await scope.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(scope.getByRole('heading', { name: 'Configure actions', exact: true })).toBeVisible();
	if ('create' in options.topic) {
		await scope.getByRole('radio', { name: 'Create new topic' }).check();
		const topicName = scope.getByRole('textbox', { name: /^Create a new topic/ });
		await topicName.fill(options.topic.create);
		await scope.getByRole('textbox', { name: /^Email endpoints/ }).fill(options.topic.email);
		await scope.getByRole('button', { name: 'Create topic', exact: true }).click();
		await expect(
			scope.locator('.c-alert').getByText(new RegExp(`A confirmation email went to ${options.topic.email}`)),
		).toBeVisible();
	} else {
		await scope.getByRole('radio', { name: 'Select an existing SNS topic' }).check();
		await scope
			.getByRole('combobox', { name: /^Send a notification to/ })
			.selectOption({ label: options.topic.existing });
	}
	await scope.getByRole('button', { name: 'Next', exact: true }).click();
	await scope.getByRole('textbox', { name: /^Alarm name/ }).fill(options.name);
	await scope.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(scope.getByRole('heading', { name: 'Preview and create', exact: true })).toBeVisible();
	await scope.getByRole('button', { name: 'Create alarm', exact: true }).click();
	await expect(scope.locator('.c-alert').getByText(`Successfully created alarm ${options.name}.`)).toBeVisible();
	await expect(scope.getByRole('rowheader', { name: options.name })).toBeVisible();
}

/** Opens the practice Inbox; the dialog is returned open. */
export async function openInbox(scope: Locator | Page, page: Page): Promise<Locator> {
	await scope.getByRole('button', { name: /^Inbox(, \d+ unread)?$/ }).click();
	const inbox = page.getByRole('dialog', { name: 'Practice inbox' });
	await expect(inbox).toBeVisible();
	return inbox;
}

/** Confirms the first SNS subscription confirmation email in the Inbox, then closes the Inbox. */
export async function confirmSubscriptionFromInbox(scope: Locator | Page, page: Page): Promise<void> {
	const inbox = await openInbox(scope, page);
	await inbox
		.getByRole('button', { name: /Subscription Confirmation/ })
		.first()
		.click();
	await inbox.getByRole('button', { name: 'Confirm subscription', exact: true }).click();
	await expect(inbox.getByRole('heading', { name: 'Subscription confirmed!', exact: true })).toBeVisible();
	await inbox.getByRole('button', { name: 'Close', exact: true }).click();
	await expect(inbox).toBeHidden();
}

/** Presses "1 day" on the billing clock until an alarm fires and its email arrives (at most `maxDays` times). */
export async function fastForwardUntilAlarmEmail(scope: Locator | Page, maxDays = 40): Promise<void> {
	const clock = scope.getByRole('region', { name: 'Billing clock' });
	const result = clock.locator('.clock__result');
	const alarmFired = result.getByText(/is now In alarm\./);
	for (let day = 0; day < maxDays && !(await alarmFired.isVisible()); day++) {
		const dateBefore = await clock.getByRole('definition').first().innerText();
		await clock.getByRole('button', { name: '1 day', exact: true }).click();
		await expect(clock.getByRole('definition').first()).not.toHaveText(dateBefore);
	}
	await expect(alarmFired.first()).toBeVisible();
	await expect(result).toContainText(/\d+ emails? arrived\./);
}

// ---------------------------------------------------------------------------------------------
// Tables

/** The text of one cell of a console table, found by the row's user name and the column's title. */
export async function cellText(scope: Locator | Page, rowName: string, columnTitle: string): Promise<string> {
	const page = 'page' in scope ? scope.page() : scope;
	const rowHeader = page.getByRole('rowheader', { name: rowName, exact: true });
	const row = scope.getByRole('row').filter({ has: rowHeader });
	const table = scope.getByRole('table').filter({ has: rowHeader });
	const headers = (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
	const index = headers.findIndex((text) => text === columnTitle || text.startsWith(`${columnTitle}\n`));
	if (index < 0) throw new Error(`No column "${columnTitle}" in ${JSON.stringify(headers)}`);
	return (await row.locator('th, td').nth(index).innerText()).trim();
}

// ---------------------------------------------------------------------------------------------
// The labs, done as a learner does them through the console. Each returns what the learner typed
// that a later check may need (passwords, MFA codes).

export interface Typed {
	passwords: string[];
	mfaCodes: string[];
}

/** Reads a value from the lab's "Practice details for this lab" box. */
export async function labCredential(lab: Locator, label: string): Promise<string> {
	const box = lab.locator('.lab-credentials');
	const term = box.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) });
	return ((await term.locator('xpath=following-sibling::dd[1]').textContent()) ?? '').trim();
}

/** The lab's task whose title starts with `title`. */
export function labTask(lab: Locator, title: string | RegExp): Locator {
	return lab
		.locator('.lab-tasks')
		.getByRole('listitem')
		.filter({ has: lab.page().getByRole('heading', { name: title }) });
}

/**
 * Types an answer to a question task and presses its Check button (answers are judged only then).
 * `choice` picks a radio button instead of typing.
 */
export async function answerTask(
	lab: Locator,
	title: string | RegExp,
	label: string,
	answer: string,
	choice = false,
): Promise<Locator> {
	const task = labTask(lab, title);
	if (choice) await task.getByRole('group', { name: label, exact: true }).getByRole('radio', { name: answer }).check();
	else await task.getByRole('textbox', { name: label }).fill(answer);
	await task.getByRole('button', { name: /^Check task \d+$/ }).click();
	return task;
}

/** Lesson 1: sign in as root with the practice account card's details and answer the account ID. */
export async function doRootSignInLab(page: Page): Promise<Typed> {
	const lab = await openLab(page);
	const email = await practiceAccountValue(lab, 'Root user email address');
	const password = await practiceAccountValue(lab, 'Password');
	expect(email).toContain('@');
	// The card gives only what a new account's owner knows before signing in.
	await expect(lab.getByRole('region', { name: 'Practice account' }).getByRole('term')).toHaveText([
		'Root user email address',
		'Password',
	]);
	await signInAsRoot(lab, email, password);
	const accountId = await readAccountIdFromMenu(lab);
	expect(accountId).toMatch(/^\d{12}$/);
	await answerTask(lab, /^Find the 12-digit account ID/, 'Account ID', accountId);
	await expectAllTasksDone(lab, 2);
	return { passwords: [password], mfaCodes: [] };
}

/**
 * Lesson 2: sign in as root, choose Register MFA device on the prompt, assign a virtual MFA device,
 * sign out, sign back in with a code.
 */
export async function doRootMfaLab(page: Page): Promise<Typed> {
	const lab = await openLab(page);
	const email = await practiceAccountValue(lab, 'Root user email address');
	const password = await practiceAccountValue(lab, 'Password');
	await submitRootPassword(lab, email, password);
	await expect(mfaRegistrationPromptHeading(lab)).toBeVisible();
	await lab.getByRole('button', { name: 'Register MFA device', exact: true }).click();
	await expect(lab.getByRole('heading', { name: 'Assign MFA device', exact: true })).toBeVisible();
	const { secret, codes } = await completeAssignMfaWizard(lab, 'root-phone');
	await expect(lab.getByRole('rowheader', { name: /mfa\/root-phone$/ })).toBeVisible();
	await signOut(lab);
	let signInCode = '';
	await signInAsRoot(lab, email, password, () => (signInCode = totpFor(secret).generate()));
	await expectAllTasksDone(lab, 2);
	return { passwords: [password], mfaCodes: [...codes, signInCode] };
}

/** Creates a zero spend budget from its template, emailing `email`. */
export async function createZeroSpendBudget(scope: Locator | Page, email: string): Promise<void> {
	await openService(scope, 'budgets', /^Budgets/);
	await scope.getByRole('button', { name: 'Create budget', exact: true }).click();
	await expect(scope.getByRole('radio', { name: /Zero spend budget/ })).toBeChecked();
	await scope.getByRole('textbox', { name: /^Email recipients/ }).fill(email);
	await scope.getByRole('button', { name: 'Create budget', exact: true }).click();
	await expect(scope.getByRole('rowheader', { name: 'My Zero-Spend Budget', exact: true })).toBeVisible();
}

/** Lesson 3: a zero spend budget, billing alerts, two alarms sharing one new topic, confirm from the Inbox, fast-forward. */
export async function doBillingAlarmLab(page: Page): Promise<Typed> {
	const lab = await openLab(page);
	await createZeroSpendBudget(lab, 'learner@example.com');
	await enableBillingAlerts(lab);
	// The billing metric appears some minutes after alerts are turned on.
	await lab.getByRole('button', { name: 'Fast-forward 6 hours', exact: true }).click();
	await createBillingAlarm(lab, {
		name: 'billing-over-10-usd',
		threshold: '10',
		topic: { create: 'billing-alerts', email: 'learner@example.com' },
	});
	await createBillingAlarm(lab, {
		name: 'billing-over-100-usd',
		threshold: '100',
		topic: { existing: 'billing-alerts' },
	});
	await confirmSubscriptionFromInbox(lab, page);
	await fastForwardUntilAlarmEmail(lab);
	const inbox = await openInbox(lab, page);
	await expect(inbox.getByRole('button', { name: /ALARM: "billing-over-10-usd"/ })).toBeVisible();
	await inbox.getByRole('button', { name: 'Close', exact: true }).click();
	await expectAllTasksDone(lab, 5);
	return { passwords: [], mfaCodes: [] };
}

/** Lesson 4: create iam-admin with console access and IAMFullAccess through the wizard. */
export async function doCreateIamUserLab(page: Page): Promise<Typed & { iamAdminPassword: string }> {
	const lab = await openLab(page);
	await openIamUsers(lab);
	const password = await createUserWithWizard(lab, {
		userName: 'iam-admin',
		consoleAccess: true,
		policy: 'IAMFullAccess',
	});
	await expectAllTasksDone(lab, 4);
	return { passwords: [], mfaCodes: [], iamAdminPassword: password ?? '' };
}

/** Lesson 5: read the Users list (this learner's own team) and answer its four questions. */
export async function doUsersListLab(page: Page): Promise<Typed> {
	const lab = await openLab(page);
	await expect(lab.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
	await openIamUsers(lab);
	const heading = lab.getByRole('heading', { name: /^Users \(\d+\)$/ });
	await expect(heading).toBeVisible();
	const count = /\((\d+)\)/.exec(await heading.innerText())?.[1] ?? '';
	const names = (await lab.getByRole('rowheader').allInnerTexts()).map((name) => name.trim());
	expect(names).toHaveLength(Number(count));
	expect(names).toContain('iam-admin');
	let withoutMfa = 0;
	let keyHolder = '';
	for (const name of names) {
		const mfa = await cellText(lab, name, 'MFA');
		if (mfa === '-' || mfa === '') withoutMfa++;
		if (!['-', ''].includes(await cellText(lab, name, 'Access key ID'))) keyHolder = name;
	}
	expect(keyHolder).not.toBe('');
	const groups = await cellText(lab, 'iam-admin', 'Groups');
	await answerTask(lab, 'How many IAM users does the account have?', 'Number of IAM users', count);
	await answerTask(lab, 'How many users have no MFA device?', 'Number of users without MFA', String(withoutMfa));
	await answerTask(lab, 'How many groups is iam-admin in?', 'Number of groups', groups);
	await answerTask(lab, 'Which user has an access key?', 'User name', keyHolder);
	await expectAllTasksDone(lab, 4);
	return { passwords: [], mfaCodes: [] };
}

/** Lesson 6: sign out of root, sign in as iam-admin (new password forced), see EC2 and Billing denied. */
export async function doIamUserSignInLab(page: Page, newPassword: string, expectDone = true): Promise<Typed> {
	const lab = await openLab(page);
	const temporary = await labCredential(lab, 'iam-admin temporary password');
	expect(temporary.length).toBeGreaterThan(7);
	await signOut(lab);
	await submitIamUserSignIn(lab, 'iam-admin', temporary);
	await changeExpiredPassword(lab, temporary, newPassword);
	await expect(lab.getByRole('button', { name: /signed in as iam-admin @ 1111-2222-3333/ })).toBeVisible();
	await openService(lab, 'EC2', /^EC2/);
	await expect(lab.getByRole('heading', { name: 'Access denied', exact: true })).toBeVisible();
	await expect(lab.getByText("You don't have permission to ec2:DescribeInstances.")).toBeVisible();
	await openService(lab, 'Billing', /^Billing and Cost Management/);
	await expect(lab.getByRole('heading', { name: 'Access denied', exact: true })).toBeVisible();
	await expect(lab.getByText(/^You don't have permission to (?!ec2:)\S+:\S+\.$/)).toBeVisible();
	if (expectDone) await expectAllTasksDone(lab, 3);
	else await expect(lab.locator('.lab-task--done').first()).toBeVisible();
	return { passwords: [temporary, newPassword], mfaCodes: [] };
}

/** Lesson 7: as iam-admin create and delete an administrator, then MFA for iam-admin and sign in with it. */
export async function doIamUserMfaLab(page: Page): Promise<Typed> {
	const lab = await openLab(page);
	const password = await labCredential(lab, 'iam-admin password');
	await openIamUsers(lab);
	await createUserWithWizard(lab, { userName: 'temporary-admin', consoleAccess: false, policy: 'AdministratorAccess' });
	await deleteUser(lab, page, 'temporary-admin');
	await openSecurityCredentials(lab);
	const { secret, codes } = await assignVirtualMfa(lab, 'iam-admin-phone');
	await signOut(lab);
	let signInCode = '';
	await submitIamUserSignIn(lab, 'iam-admin', password);
	await submitSignInMfaCode(lab, () => (signInCode = totpFor(secret).generate()));
	await expect(lab.getByRole('heading', { name: 'Console Home', exact: true })).toBeVisible();
	await expectAllTasksDone(lab, 4);
	return { passwords: [password], mfaCodes: [...codes, signInCode] };
}

/**
 * Lesson 8: read Event history for how the intruder got in, delete their user and iam-admin's keys,
 * and terminate their instance in Asia Pacific (Sydney).
 */
export async function doCleanUpBreakInLab(page: Page): Promise<Typed> {
	const lab = await openLab(page);
	await openService(lab, 'cloudtrail', /^CloudTrail/);
	await lab.getByRole('combobox', { name: 'Lookup attributes' }).selectOption({ label: 'Event name' });
	await lab.getByRole('textbox', { name: 'Enter lookup value' }).fill('CreateUser');
	const made = lab.getByRole('row').filter({ hasText: 'support-backup' });
	await expect(made.getByRole('cell', { name: 'iam-admin', exact: true })).toBeVisible();
	const leakedKey = (await made.locator('.c-mono').innerText()).trim();
	expect(leakedKey).toMatch(/^AKIA/);
	await lab
		.locator('.lab-tasks')
		.getByRole('group', { name: 'How did the intruder get in?' })
		.getByRole('radio', { name: "With iam-admin's access key" })
		.check();
	// Answers are judged when the learner presses Check.
	await lab.locator('.lab-tasks').getByRole('button', { name: 'Check task 1', exact: true }).click();
	await openIamUsers(lab);
	await deleteUser(lab, page, 'support-backup');
	await lab.getByRole('link', { name: 'iam-admin', exact: true }).click();
	await lab.getByRole('tab', { name: 'Security credentials' }).click();
	const keys = lab.getByRole('region', { name: /^Access keys \(2\)$/ });
	await expect(keys.getByRole('rowheader', { name: leakedKey })).toBeVisible();
	await keys
		.getByRole('button', { name: /^Delete AKIA/ })
		.first()
		.click();
	await lab
		.getByRole('region', { name: /^Access keys \(1\)$/ })
		.getByRole('button', { name: /^Delete AKIA/ })
		.click();
	await expect(lab.getByRole('region', { name: 'Access keys (0)' })).toBeVisible();
	await openService(lab, 'ec2', /^EC2/);
	await expect(lab.getByText('Asia Pacific (Sydney) (ap-southeast-2): 1 running')).toBeVisible();
	await lab.getByRole('combobox', { name: 'Region', exact: true }).selectOption('ap-southeast-2');
	await lab.getByRole('checkbox', { name: /^Select i-/ }).check();
	await lab.getByRole('button', { name: /^Instance state/ }).click();
	await lab.getByRole('button', { name: 'Terminate (delete) instance', exact: true }).click();
	await page
		.getByRole('dialog', { name: 'Terminate (delete) instance?' })
		.getByRole('button', { name: 'Terminate (delete)' })
		.click();
	await expect(lab.getByRole('cell', { name: 'Terminated' })).toBeVisible();
	await expectAllTasksDone(lab, 4);
	return { passwords: [], mfaCodes: [] };
}
