import { expect, test, type Page } from '@playwright/test';
import { collectConsoleProblems } from './support/console-errors';
import {
	answerQuizCorrectly,
	doBillingAlarmLab,
	doCleanUpBreakInLab,
	doCreateIamUserLab,
	doIamUserMfaLab,
	doIamUserSignInLab,
	doRootMfaLab,
	doRootSignInLab,
	doUsersListLab,
	expectNavCompletion,
	goToNextLesson,
	LESSON_SLUGS,
	quizSection,
	type LessonSlug,
} from './support/course';

/**
 * The whole course as a learner takes it: from the home page through every lesson's lab (done in
 * the practice console, with real TOTP codes from the secret key the console shows) and quiz, to
 * the last lesson. The lesson navigation's completion marks and progress bar follow along.
 */

test.use({ actionTimeout: 15_000 });

const NEW_IAM_ADMIN_PASSWORD = 'My-Own-Journey-Passw0rd!';

type LabLesson = Exclude<LessonSlug, 'do-it-for-real'>;

const LABS: Record<LabLesson, { quiz: string; doLab: (page: Page, expectDone: boolean) => Promise<unknown> }> = {
	'secure-your-account': { quiz: 'secure-your-account', doLab: doRootSignInLab },
	'root-mfa': { quiz: 'root-mfa', doLab: doRootMfaLab },
	'billing-alarm': { quiz: 'billing-alarm', doLab: doBillingAlarmLab },
	'create-iam-user': { quiz: 'create-iam-user', doLab: doCreateIamUserLab },
	'our-new-user': { quiz: 'users-list', doLab: doUsersListLab },
	'logging-in': {
		quiz: 'iam-user-sign-in',
		doLab: (page, expectDone) => doIamUserSignInLab(page, NEW_IAM_ADMIN_PASSWORD, expectDone),
	},
	'iam-user-mfa': { quiz: 'iam-user-mfa', doLab: doIamUserMfaLab },
	'when-something-goes-wrong': { quiz: 'when-something-goes-wrong', doLab: doCleanUpBreakInLab },
};

async function takeLesson(page: Page, slug: LabLesson): Promise<void> {
	const { quiz, doLab } = LABS[slug];
	await test.step(`lesson ${slug}: lab`, async () => {
		await doLab(page, true);
	});
	await test.step(`lesson ${slug}: quiz`, async () => {
		await answerQuizCorrectly(page, quiz);
		await expect(quizSection(page)).toContainText('This lesson is complete.');
	});
}

test('a learner takes the whole course, from the home page to the last lesson', async ({ page }) => {
	test.setTimeout(6 * 60_000);
	const problems = collectConsoleProblems(page);

	await page.goto('/');
	await page.getByRole('link', { name: 'Start the course' }).click();
	await expect(page).toHaveURL(/\/lessons\/secure-your-account\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNavCompletion(page, []);

	const completed: LessonSlug[] = [];
	const lessonsWithLabs = LESSON_SLUGS.filter((slug): slug is LabLesson => slug in LABS);
	for (const [index, slug] of lessonsWithLabs.entries()) {
		await takeLesson(page, slug);
		completed.push(slug);
		const next = LESSON_SLUGS[index + 1];
		if (!next) throw new Error('The course has no lesson after a lab lesson.');
		await goToNextLesson(page, next);
		await expectNavCompletion(page, completed);
	}

	// The last lesson: real-console links and the final quiz.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Secure your account!');
	const main = page.getByRole('main');
	for (const name of ['AWS sign-in page', 'Security credentials', 'Billing preferences', 'IAM users']) {
		const link = main.getByRole('link', { name, exact: true }).first();
		await expect(link, name).toHaveAttribute(
			'href',
			/^https:\/\/([a-z0-9-]+\.)*(signin\.aws\.amazon\.com|console\.aws\.amazon\.com)\//,
		);
	}
	await answerQuizCorrectly(page, 'finish');
	await expect(quizSection(page)).toContainText('This lesson is complete.');
	completed.push('do-it-for-real');
	await page.reload();
	await expectNavCompletion(page, completed);
	// After the last lesson, Next leads to the final review rather than to another lesson.
	await expect(
		page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /^Next/ }),
	).toHaveAttribute('href', '/review/');

	expect(problems).toEqual([]);
});
