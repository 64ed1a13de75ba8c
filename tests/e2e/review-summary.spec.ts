import { readFileSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleProblems } from './support/console-errors';
import { INSECURE_ACCOUNT, readFixture } from '../fixtures/cli/corpus';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface QuizQuestionJson {
	prompt: string;
	kind: 'single' | 'multiple';
	options: Array<{ text: string; correct: boolean }>;
}

/** Every quiz question of the course by its prompt, so a test can answer whatever the review shows. */
const questionsByPrompt = new Map<string, QuizQuestionJson>(
	readdirSync('src/content/quizzes').flatMap((file) =>
		(
			JSON.parse(readFileSync(`src/content/quizzes/${file}`, 'utf8')) as { questions: QuizQuestionJson[] }
		).questions.map((question) => [question.prompt, question] as const),
	),
);

/** The lessons with a quiz: the review asks two questions of each. */
const lessonsWithQuiz = readdirSync('src/content/lessons').filter((file) =>
	/^quiz:\s*\S+/m.test(readFileSync(`src/content/lessons/${file}`, 'utf8').split('---')[1] ?? ''),
).length;
const reviewTotal = lessonsWithQuiz * 2;

async function openReview(page: Page) {
	await page.goto('/review/');
	const section = page.getByRole('region', { name: 'Questions from every lesson' });
	await section.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[component-url*="Quiz"]')).not.toHaveAttribute('ssr');
	await expect(section.locator('.quiz[data-ready="true"]')).toBeAttached();
	return section;
}

/** Answers review question `number` (right or wrong) and checks it. */
async function answer(page: Page, number: number, correctly: boolean) {
	const section = page.getByRole('region', { name: 'Questions from every lesson' });
	const group = section.getByRole('group', { name: new RegExp(`^Question ${number} of `) });
	const prompt = ((await group.locator('.quiz-question__prompt').textContent()) ?? '').trim();
	const question = questionsByPrompt.get(prompt);
	expect(question, prompt).toBeDefined();
	const role = question?.kind === 'single' ? 'radio' : 'checkbox';
	const chosen = (question?.options ?? []).filter((option) => option.correct === correctly).slice(0, 1);
	for (const option of correctly ? (question?.options ?? []).filter((o) => o.correct) : chosen) {
		await group.getByRole(role, { name: option.text, exact: true }).check();
	}
	await group.getByRole('button', { name: 'Check answer', exact: true }).click();
	await expect(group).toContainText(correctly ? 'Correct.' : 'Not quite');
	return group;
}

test('the final review mixes questions from every lesson, checks answers and explains them', async ({ page }) => {
	const problems = collectConsoleProblems(page);
	const section = await openReview(page);
	const groups = section.getByRole('group', { name: new RegExp(`^Question \\d+ of ${reviewTotal}`) });
	await expect(groups).toHaveCount(reviewTotal);
	const lessons = await section.locator('.quiz-question__review a').allTextContents();
	expect(new Set(lessons).size).toBe(lessonsWithQuiz);
	for (let index = 1; index < lessons.length; index += 1) expect(lessons[index]).not.toBe(lessons[index - 1]);

	const first = await answer(page, 1, true);
	await expect(first.locator('.quiz-option__feedback').first()).toBeVisible();
	await answer(page, 2, false);
	await expect(section).toContainText(`1 of ${reviewTotal} correct so far; ${reviewTotal - 2} still to check.`);
	// The review belongs to no lesson: answering it completes none.
	const summary = await page.evaluate(() => localStorage.getItem('course:progress:summary'));
	expect(JSON.parse(summary ?? '{}')).toEqual({ completed: [] });
	expect(problems).toEqual([]);

	await page.goto('/summary/');
	await expect(page.getByText(`Final review: 1 of ${reviewTotal} correct (2 of ${reviewTotal} checked)`)).toBeVisible();
});

test('the summary keeps the verdicts of the last real-account check, and nothing that was pasted', async ({ page }) => {
	await page.goto('/summary/');
	await expect(page.getByRole('region', { name: 'Your real account' })).toContainText(
		'Not checked from this browser yet.',
	);
	await page.goto('/check-your-account/');
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	for (const [id, file] of Object.entries(INSECURE_ACCOUNT.boxes)) {
		const box = page.locator(`#out-${id.replace(/[^\w-]/g, (c) => `\\${c}`)}`);
		await expect(box).toBeVisible();
		await box.fill(readFixture(file));
	}
	await expect(page.getByRole('status').filter({ hasText: '2 healthy, 10 to fix, 0 not checked yet.' })).toBeVisible();

	await page.goto('/summary/');
	const real = page.getByRole('region', { name: 'Your real account' });
	await expect(real).toContainText('2 healthy, 10 to fix, 0 not checked');
	await expect(real.getByRole('listitem').filter({ hasText: 'Root user: MFA enabled' })).toContainText('To fix:');
	const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
	expect(stored).not.toContain('111122223333');
	expect(stored).not.toContain('learner@example.com');
	expect(stored).not.toContain('arn:aws');
});

test('the summary prints on one or two pages, without the site around it', async ({ page }) => {
	await page.addInitScript(() => {
		window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
	});
	await page.goto('/summary/');
	const print = page.getByRole('button', { name: 'Print', exact: true });
	await print.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Your completion summary', level: 1 })).toBeVisible();
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('aside.sidebar')).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(print).toBeHidden();
	await expect(page.getByRole('region', { name: 'Your runbook' })).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
	expect(pages.length).toBeGreaterThanOrEqual(1);
	expect(pages.length).toBeLessThanOrEqual(2);
});

for (const theme of ['light', 'dark'] as const) {
	test(`the review and the summary have no axe violations and fit 320 px (${theme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		await page.setViewportSize({ width: 320, height: 640 });
		await openReview(page);
		await answer(page, 1, false);
		await page.goto('/summary/');
		await expect(page.getByRole('heading', { name: 'The course', level: 2 })).toBeVisible();
		for (const path of ['/review/', '/summary/']) {
			if (path === '/review/') await openReview(page);
			else await page.goto(path);
			const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
			expect(
				results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			).toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
}
