import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectConsoleProblems } from './support/console-errors';

/** A version 1 save: lesson 1 complete, one task of the root MFA lab done with the solution, one quiz answer. */
const savedProgress = {
	version: 1,
	state: {
		shuffleSeed: 7,
		lessons: { 'secure-your-account': { completedAt: Date.UTC(2025, 0, 1) } },
		tasks: { 'root-mfa': { 'root-mfa-assigned': { achievedAt: Date.UTC(2025, 0, 2), withSolution: true } } },
		hints: { 'root-mfa': { 'root-mfa-assigned': 2 } },
		quizzes: {},
	},
};

async function openWithProgress(page: Page): Promise<void> {
	await page.goto('/progress/');
	await page.evaluate((save) => localStorage.setItem('course:progress', JSON.stringify(save)), savedProgress);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
}

function lessonCard(page: Page, title: RegExp) {
	return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, level: 3 }) });
}

const status = (page: Page) => page.getByRole('status');

test('shows what is done in each lesson', async ({ page }) => {
	await openWithProgress(page);
	await expect(page.getByText('1 of 9 lessons complete.')).toBeVisible();
	await expect(lessonCard(page, /Secure your AWS account$/).first()).toContainText('Complete');
	const rootMfa = lessonCard(page, /Add MFA to the root user/);
	await expect(rootMfa).toContainText('In progress');
	await expect(rootMfa).toContainText('1 of 2 done, 1 with the solution');
	await expect(rootMfa).toContainText('2 hints opened');
});

test('exports progress to a file and imports it back after a reset', async ({ page }) => {
	const problems = collectConsoleProblems(page);
	await openWithProgress(page);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^secure-aws-course-progress-\d{4}-\d{2}-\d{2}\.json$/);
	const exported = readFileSync(await download.path(), 'utf8');
	expect(JSON.parse(exported)).toMatchObject({
		format: 'secure-aws-course-progress',
		// A version 1 save comes back as version 3, with no real-account names yet and a practice seed.
		version: 3,
		state: { ...savedProgress.state, realAccount: {}, practiceSeed: expect.any(Number) as unknown },
	});
	await expect(status(page)).toContainText('Your progress was saved as');

	// Reset everything through the confirmation dialog, using the keyboard.
	const resetAll = page.getByRole('button', { name: 'Reset all progress' });
	await resetAll.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(resetAll).toBeFocused();
	await expect(page.getByText('1 of 9 lessons complete.')).toBeVisible();

	await resetAll.click();
	await dialog.getByRole('button', { name: 'Reset all progress' }).click();
	await expect(page.getByText('0 of 9 lessons complete.')).toBeVisible();
	await expect(status(page)).toContainText('All progress was reset.');
	expect(await page.evaluate(() => localStorage.getItem('course:progress:summary'))).toBe('{"completed":[]}');

	const choosing = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import progress' }).click();
	await (
		await choosing
	).setFiles({ name: 'my-progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
	await expect(status(page)).toContainText('Progress imported from “my-progress.json”');
	await expect(page.getByText('1 of 9 lessons complete.')).toBeVisible();

	await page.reload();
	await expect(page.getByText('1 of 9 lessons complete.')).toBeVisible();
	await expect(lessonCard(page, /Add MFA to the root user/)).toContainText('2 hints opened');
	expect(problems).toEqual([]);
});

test('refuses a file that is not a progress export and changes nothing', async ({ page }) => {
	await openWithProgress(page);
	const before = await page.evaluate(() => localStorage.getItem('course:progress'));

	for (const [name, content, message] of [
		['notes.json', 'these are my notes', 'This file is not JSON'],
		['other.json', '{"hello":"world"}', 'not a progress file from this course'],
		['future.json', '{"format":"secure-aws-course-progress","version":99,"state":{}}', 'newer version of the course'],
	] as const) {
		const choosing = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Import progress' }).click();
		await (await choosing).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
		await expect(status(page)).toContainText(message);
		await expect(status(page)).toContainText('Import refused:');
		await expect(status(page)).toContainText('Nothing was changed.');
	}
	await expect(page.getByText('1 of 9 lessons complete.')).toBeVisible();
	expect(await page.evaluate(() => localStorage.getItem('course:progress'))).toBe(before);
});

test('resets one lesson after confirming, and can undo it', async ({ page }) => {
	await openWithProgress(page);
	const rootMfa = lessonCard(page, /Add MFA to the root user/);
	const reset = rootMfa.getByRole('button', { name: /Reset this lesson/ });
	await reset.click();
	const dialog = page.getByRole('dialog', { name: 'Reset this lesson?' });
	await expect(dialog).toContainText('Add MFA to the root user');
	await dialog.getByRole('button', { name: 'Reset lesson' }).click();
	await expect(dialog).toBeHidden();
	await expect(reset).toBeFocused();
	await expect(rootMfa).toContainText('Not started');
	await expect(lessonCard(page, /Secure your AWS account$/).first()).toContainText('Complete');

	await rootMfa.getByRole('button', { name: 'Undo reset' }).click();
	await expect(rootMfa).toContainText('2 hints opened');
	await expect(reset).toBeFocused();
});

test('tells the learner when a saved file could not be read', async ({ page }) => {
	await page.goto('/progress/');
	await page.evaluate(() => localStorage.setItem('course:progress', '{"version":1,"state":'));
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
	const keys = await page.evaluate(() => Object.keys(localStorage));
	expect(keys.some((key) => key.startsWith('course:progress:backup:'))).toBe(true);
});

for (const theme of ['light', 'dark'] as const) {
	test(`the progress page and its dialog have no axe violations (${theme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		await openWithProgress(page);
		const axe = () =>
			new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect((await axe()).violations.map((v) => v.id)).toEqual([]);
		await page.getByRole('button', { name: 'Reset all progress' }).click();
		await expect(page.getByRole('dialog')).toBeVisible();
		expect((await axe()).violations.map((v) => v.id)).toEqual([]);
	});
}
