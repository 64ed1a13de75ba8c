import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LESSON_SLUGS, openIamUsers } from './support/course';

/** Opens a lesson and scrolls to its lab, which loads when it comes into view. */
async function openLab(page: Page, slug: string) {
	await page.goto(`/lessons/${slug}/`);
	await page.getByRole('heading', { name: 'Practice lab' }).scrollIntoViewIfNeeded();
	const tasks = page.getByRole('heading', { name: /^Your tasks/ });
	await expect(tasks).toBeVisible();
	return page.locator('.lab-tasks');
}

test('the hint ladder opens one rung at a time and is remembered', async ({ page }) => {
	const lab = await openLab(page, 'root-mfa');
	const firstTask = lab.getByRole('listitem').filter({ hasText: 'Assign an MFA device' });
	await firstTask.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
	await expect(firstTask.getByText('The idea:')).toBeVisible();
	await expect(firstTask.getByText('Where to look:')).toHaveCount(0);
	await firstTask.getByRole('button', { name: 'Show the next hint (2 of 3)' }).click();
	await firstTask.getByRole('button', { name: 'Show the next hint (3 of 3)' }).click();
	await expect(firstTask.getByText('The exact clicks:')).toBeVisible();
	await expect(firstTask.getByRole('button', { name: /hint/ })).toHaveCount(0);

	await page.reload();
	const again = await openLab(page, 'root-mfa');
	await expect(
		again.getByRole('listitem').filter({ hasText: 'Assign an MFA device' }).getByText('The exact clicks:'),
	).toBeVisible();
});

test('a task checked on the account says what is missing once the learner tried, and stays done after a reset', async ({
	page,
}) => {
	const lab = await openLab(page, 'secure-your-account');
	const signIn = lab.getByRole('listitem').filter({ hasText: 'Sign in to the practice account as the root user' });
	// Nothing is said about the next step before the learner has tried: Check asks for it.
	await expect(signIn.getByRole('heading')).toContainText('— To do');
	await expect(signIn).not.toContainText('Still missing');
	await signIn.getByRole('button', { name: 'Check task 1', exact: true }).click();
	await expect(signIn).toContainText('Still missing: Nobody is signed in yet.');
	await expect(
		page.getByRole('status').filter({ hasText: 'Task 1, Sign in to the practice account as the root user: Nobody' }),
	).toBeAttached();

	await page.getByLabel('Root user email address').fill('learner@example.com');
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await page.getByLabel('Password', { exact: true }).fill('Practice-Root-Password-1');
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	// The password alone does not finish it: AWS asks the root user to register MFA first.
	await expect(signIn).toContainText('Still missing: Your password was accepted, and AWS now asks the root user');
	await page.getByRole('button', { name: /^Skip for now \(\d+ days? left\)$/ }).click();
	await expect(signIn).toContainText('— Done');
	await expect(
		page.getByRole('status').filter({ hasText: 'Task done: Sign in to the practice account as the root user' }),
	).toBeAttached();

	await page.getByRole('button', { name: 'Reset' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: /Reset/ }).click();
	await expect(signIn).toContainText('— Done');
	await expect(signIn).toContainText('Done earlier, but not any more: Nobody is signed in yet.');
});

test('the solution asks first, then can be applied, and the tasks are marked as done with it', async ({ page }) => {
	const lab = await openLab(page, 'secure-your-account');
	await lab.getByRole('button', { name: 'Show solution' }).click();
	const dialog = page.getByRole('dialog', { name: 'Show the full solution?' });
	await expect(dialog).toBeVisible();
	const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
	expect(axe.violations).toEqual([]);
	await dialog.getByRole('button', { name: 'Keep trying' }).click();
	await expect(lab.getByRole('heading', { name: 'Solution' })).toHaveCount(0);

	await lab.getByRole('button', { name: 'Show solution' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Show solution' }).click();
	const heading = lab.getByRole('heading', { name: 'Solution' });
	await expect(heading).toBeFocused();
	await lab.getByRole('button', { name: 'Do these steps in my practice account' }).click();
	await expect(lab.getByText('(2 of 2 done)')).toBeVisible();
	await expect(lab.getByText('— Done (with the solution)')).toHaveCount(2);

	// Undo takes the applied steps back; the tasks stay achieved.
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(lab.getByText('Done earlier, but not any more')).toHaveCount(1);
});

test('Check judges an answer only when pressed, says why a wrong one is wrong, and never gives it away', async ({
	page,
}) => {
	const lab = await openLab(page, 'our-new-user');
	await openIamUsers(page);
	const heading = page.getByRole('heading', { name: /^Users \(\d+\)$/ });
	await expect(heading).toBeVisible();
	const count = Number(/\((\d+)\)/.exec(await heading.innerText())?.[1]);
	const task = lab.getByRole('listitem').filter({ hasText: 'How many IAM users does the account have?' });
	const box = task.getByRole('textbox', { name: 'Number of IAM users' });
	const verdict = task.locator('.lab-task__live');

	// Typing is not answering: nothing is judged until Check.
	await box.fill(String(count));
	await box.fill('0');
	await expect(verdict).toHaveCount(0);
	await expect(lab.getByText('(0 of 4 done)')).toBeVisible();

	// Enter in the box is Check; the reason is shown and announced, without the count.
	await box.press('Enter');
	await expect(verdict).toHaveText(
		'Not yet: Count again: the list shows more users than that. Count the rows in IAM → Users.',
	);
	await expect(
		page.getByRole('status').filter({ hasText: 'Task 1, How many IAM users does the account have?: Count again' }),
	).toBeAttached();

	// A new answer needs checking again; too many is told apart from too few, and the root user is named.
	await box.fill(String(count + 1));
	await expect(verdict).toHaveCount(0);
	await task.getByRole('button', { name: 'Check task 1', exact: true }).click();
	await expect(verdict).toContainText('Count again: the list shows fewer users than that.');
	await expect(verdict).toContainText('The root user is not an IAM user');
	await expect(verdict).not.toContainText(/\d/);

	await box.fill(String(count));
	await task.getByRole('button', { name: 'Check task 1', exact: true }).click();
	await expect(task.getByRole('heading')).toContainText('— Done');
	await expect(lab.getByText('(1 of 4 done)')).toBeVisible();
});

test('the lab page has no axe violations once the lab is open', async ({ page }) => {
	await openLab(page, 'billing-alarm');
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('every lab fits a 320 px screen with all its hints and its solution shown', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	for (const slug of LESSON_SLUGS.filter((lesson) => lesson !== 'do-it-for-real')) {
		const lab = await openLab(page, slug);
		const nextHint = lab.getByRole('button', { name: /^Show (a|the next) hint/ });
		while ((await nextHint.count()) > 0) await nextHint.first().click();
		await lab.getByRole('button', { name: 'Show solution', exact: true }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Show solution', exact: true }).click();
		await expect(lab.getByRole('region', { name: 'Solution' })).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, slug).toBeLessThanOrEqual(0);
	}
});
