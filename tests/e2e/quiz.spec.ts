import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectConsoleProblems } from './support/console-errors';

interface QuizJson {
	questions: Array<{
		id: string;
		kind: 'single' | 'multiple';
		options: Array<{ id: string; text: string; correct: boolean }>;
	}>;
}

function loadQuiz(id: string): QuizJson {
	return JSON.parse(readFileSync(`src/content/quizzes/${id}.json`, 'utf8')) as QuizJson;
}

function quizSection(page: Page): Locator {
	return page.getByRole('region', { name: 'Check yourself' });
}

function questionGroup(page: Page, number: number): Locator {
	return quizSection(page).getByRole('group', { name: new RegExp(`^Question ${number} of `) });
}

/** Waits until the quiz island has hydrated and restored saved answers. */
async function openQuiz(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await quizSection(page).scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[component-url*="Quiz"]')).not.toHaveAttribute('ssr');
	// Saved answers and the learner's option order arrive right after hydration; act only then.
	await expect(quizSection(page).locator('.quiz[data-ready="true"]')).toBeAttached();
}

/** Answers one question correctly with the keyboard alone, starting with focus on its first option. */
async function answerCorrectlyWithKeyboard(
	page: Page,
	group: Locator,
	question: QuizJson['questions'][number],
): Promise<void> {
	const shownTexts = (await group.locator('label').allTextContents()).map((text) => text.trim());
	const isCorrect = (text: string) => question.options.some((option) => option.correct && option.text === text);
	if (question.kind === 'single') {
		const target = shownTexts.findIndex(isCorrect);
		// Arrow keys move through a radio group and select as they go; Space selects the focused first radio.
		if (target === 0) await page.keyboard.press('Space');
		for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
	} else {
		for (const text of shownTexts) {
			if (isCorrect(text)) await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
		}
	}
	await expect(group.getByRole('button', { name: 'Check answer' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(group).toContainText('Correct. The notes under each option say why.');
}

test('a learner answers the whole quiz with the keyboard, and a reload keeps the answers', async ({ page }) => {
	const problems = collectConsoleProblems(page);
	const quiz = loadQuiz('root-mfa');
	await openQuiz(page, '/lessons/root-mfa/');

	for (const [index, question] of quiz.questions.entries()) {
		const group = questionGroup(page, index + 1);
		await group.locator('input').first().focus();
		await answerCorrectlyWithKeyboard(page, group, question);
	}
	const total = quiz.questions.length;
	await expect(quizSection(page)).toContainText(`You scored ${total} of ${total} correct.`);

	await page.reload();
	await quizSection(page).scrollIntoViewIfNeeded();
	await expect(quizSection(page)).toContainText(`You scored ${total} of ${total} correct.`);
	const firstGroup = questionGroup(page, 1);
	await expect(firstGroup.locator('input:checked')).toHaveCount(1);
	await expect(firstGroup).toContainText('Your choice: correct.');
	expect(problems).toEqual([]);
});

test('a wrong answer shows why for every option, and Retry starts over in a new order', async ({ page }) => {
	const quiz = loadQuiz('root-mfa');
	const first = quiz.questions[0];
	if (!first) throw new Error('The root-mfa quiz has no questions.');
	await openQuiz(page, '/lessons/root-mfa/');
	const group = questionGroup(page, 1);
	const wrong = first.options.find((option) => !option.correct);
	if (!wrong) throw new Error('The first question has no wrong option.');
	await group.getByRole('radio', { name: wrong.text }).check();
	await group.getByRole('button', { name: 'Check answer' }).click();
	await expect(group).toContainText('Not quite.');
	await expect(group.getByText(/Your choice: incorrect\./)).toHaveCount(1);
	await expect(group.getByText(/Correct answer, not chosen\./)).toHaveCount(
		first.options.filter((o) => o.correct).length,
	);
	await expect(group.locator('.quiz-option__feedback')).toHaveCount(first.options.length);

	const orderBefore = await quizSection(page).locator('label').allTextContents();
	const retry = quizSection(page).getByRole('button', { name: 'Retry quiz' });
	await retry.focus();
	await page.keyboard.press('Enter');
	await expect(group).not.toContainText('Not quite.');
	await expect(quizSection(page).locator('input:checked')).toHaveCount(0);
	await expect(quizSection(page).locator('input').first()).toBeFocused();
	expect(await quizSection(page).locator('label').allTextContents()).not.toEqual(orderBefore);
});

test('answering every question of a lesson without a lab completes the lesson', async ({ page }) => {
	const quiz = loadQuiz('finish');
	await openQuiz(page, '/lessons/do-it-for-real/');
	for (const [index, question] of quiz.questions.entries()) {
		const group = questionGroup(page, index + 1);
		await group.locator('input').first().focus();
		await answerCorrectlyWithKeyboard(page, group, question);
	}
	await expect(quizSection(page)).toContainText('This lesson is complete.');
	const summary = await page.evaluate(() => localStorage.getItem('course:progress:summary'));
	expect(JSON.parse(summary ?? '{}')).toEqual({ completed: ['do-it-for-real'] });
});

for (const theme of ['light', 'dark'] as const) {
	test(`the quiz with feedback showing has no axe violations (${theme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		await openQuiz(page, '/lessons/root-mfa/');
		const group = questionGroup(page, 1);
		await group.getByRole('radio').first().check();
		await group.getByRole('button', { name: 'Check answer' }).click();
		await expect(group.locator('.quiz-option__feedback').first()).toBeVisible();
		const results = await new AxeBuilder({ page })
			.include('.quiz-section')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}
