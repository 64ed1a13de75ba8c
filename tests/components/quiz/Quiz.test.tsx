// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Quiz from '@/components/quiz/Quiz';
import type { QuizQuestion } from '@/lessons/quiz';
import { getProgressStore } from '@/store/progress-store';
import { progressChanges } from '@/store/progress-changes';
import { PROGRESS_KEY, PROGRESS_SUMMARY_KEY } from '@/store/progress-state';

const questions: QuizQuestion[] = [
	{
		id: 'factors',
		prompt: 'Which factors does MFA combine?',
		kind: 'single',
		options: [
			{ id: 'a', text: 'Two passwords', correct: false, explanation: 'Both are things you know.' },
			{
				id: 'b',
				text: 'A password and a phone',
				correct: true,
				explanation: 'Something you know and something you have.',
			},
			{ id: 'c', text: 'An email and an account ID', correct: false, explanation: 'Neither is a secret.' },
		],
	},
	{
		id: 'backups',
		prompt: 'Which are good backups?',
		kind: 'multiple',
		revisits: '01-secure-your-account',
		options: [
			{ id: 'a', text: 'A second MFA device', correct: true, explanation: 'AWS lets you register several.' },
			{ id: 'b', text: 'A sticky note with the password', correct: false, explanation: 'Anyone nearby can read it.' },
			{
				id: 'c',
				text: 'An authenticator with encrypted cloud backup',
				correct: true,
				explanation: 'It survives a lost phone.',
			},
		],
	},
];

function renderQuiz() {
	return render(
		<Quiz
			quizId="test-quiz"
			lessonId="test-lesson"
			questions={questions}
			reviews={{ backups: { title: 'Make a plan', href: '/lessons/secure-your-account/' } }}
			labTaskIds={[]}
		/>,
	);
}

function question(name: RegExp) {
	return screen.getByRole('group', { name });
}

beforeEach(() => {
	cleanup();
	progressChanges(getProgressStore()).resetAll();
});

describe('Quiz', () => {
	it('shows each question as a group with radio buttons or checkboxes', () => {
		renderQuiz();
		expect(within(question(/Which factors/)).getAllByRole('radio')).toHaveLength(3);
		expect(within(question(/Which are good backups/)).getAllByRole('checkbox')).toHaveLength(3);
		expect(question(/Which are good backups/).textContent).toContain('Choose all that apply.');
		expect(screen.getByRole('link', { name: 'Review: Make a plan' }).getAttribute('href')).toBe(
			'/lessons/secure-your-account/',
		);
	});

	it('asks for an answer before checking', async () => {
		renderQuiz();
		fireEvent.click(within(question(/Which factors/)).getByRole('button', { name: 'Check answer' }));
		await waitFor(() => expect(question(/Which factors/).textContent).toContain('Choose an answer first'));
	});

	it('explains every option after a wrong answer, in words', async () => {
		renderQuiz();
		const group = question(/Which factors/);
		fireEvent.click(within(group).getByRole('radio', { name: 'Two passwords' }));
		fireEvent.click(within(group).getByRole('button', { name: 'Check answer' }));
		await waitFor(() => expect(group.textContent).toContain('Not quite.'));
		expect(within(group).getByRole('radio', { name: 'Two passwords' }).getAttribute('aria-describedby')).toBeTruthy();
		expect(group.textContent).toContain('Your choice: incorrect. Both are things you know.');
		expect(group.textContent).toContain('Correct answer, not chosen. Something you know and something you have.');
		expect(group.textContent).toContain('Incorrect option. Neither is a secret.');
		expect(screen.getByText(/0 of 2 correct so far/)).toBeTruthy();
	});

	it('scores a correct multiple-choice answer and saves it', async () => {
		renderQuiz();
		const group = question(/Which are good backups/);
		fireEvent.click(within(group).getByRole('checkbox', { name: 'A second MFA device' }));
		fireEvent.click(within(group).getByRole('checkbox', { name: 'An authenticator with encrypted cloud backup' }));
		fireEvent.click(within(group).getByRole('button', { name: 'Check answer' }));
		await waitFor(() => expect(group.textContent).toContain('Correct.'));
		expect(group.textContent).toContain('Your choice: correct. AWS lets you register several.');
		const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as {
			state: { quizzes: Record<string, { answers: Record<string, string[]> }> };
		};
		expect(saved.state.quizzes['test-quiz']?.answers['backups']?.slice().sort()).toEqual(['a', 'c']);
	});

	it('restores saved answers when it mounts again', async () => {
		const first = renderQuiz();
		fireEvent.click(within(question(/Which factors/)).getByRole('radio', { name: 'A password and a phone' }));
		first.unmount();
		renderQuiz();
		await waitFor(() =>
			expect(
				within(question(/Which factors/)).getByRole<HTMLInputElement>('radio', { name: 'A password and a phone' })
					.checked,
			).toBe(true),
		);
	});

	it('marks the lesson complete once every question was answered correctly', async () => {
		renderQuiz();
		const factors = question(/Which factors/);
		fireEvent.click(within(factors).getByRole('radio', { name: 'A password and a phone' }));
		fireEvent.click(within(factors).getByRole('button', { name: 'Check answer' }));
		const backups = question(/Which are good backups/);
		fireEvent.click(within(backups).getByRole('checkbox', { name: 'A second MFA device' }));
		fireEvent.click(within(backups).getByRole('checkbox', { name: 'An authenticator with encrypted cloud backup' }));
		fireEvent.click(within(backups).getByRole('button', { name: 'Check answer' }));
		await waitFor(() => expect(screen.getByText(/You scored 2 of 2 correct\. This lesson is complete\./)).toBeTruthy());
		expect(JSON.parse(localStorage.getItem(PROGRESS_SUMMARY_KEY) ?? '{}')).toEqual({ completed: ['test-lesson'] });
	});

	it('clears answers and feedback on Retry quiz, with a new attempt', async () => {
		renderQuiz();
		const group = question(/Which factors/);
		fireEvent.click(within(group).getByRole('radio', { name: 'Two passwords' }));
		fireEvent.click(within(group).getByRole('button', { name: 'Check answer' }));
		await waitFor(() => expect(group.textContent).toContain('Not quite.'));
		fireEvent.click(screen.getByRole('button', { name: 'Retry quiz' }));
		await waitFor(() => expect(question(/Which factors/).textContent).not.toContain('Not quite.'));
		expect(
			within(question(/Which factors/))
				.getAllByRole('radio')
				.every((radio) => !(radio as HTMLInputElement).checked),
		).toBe(true);
		expect(getProgressStore().getState().progress.quizzes['test-quiz']?.attempts).toBe(1);
		expect(screen.getByText(/options are in a new order/)).toBeTruthy();
	});

	it('sets aside a saved answer that chose an option the question no longer has', async () => {
		// Saved before option "z" was reworded into a new option: the learner never saw the current words.
		const store = getProgressStore();
		store.answerQuestion('test-quiz', 'backups', ['a', 'z']);
		store.submitQuestion('test-quiz', 'backups', { correct: false });
		renderQuiz();
		const group = question(/Which are good backups/);
		await waitFor(() =>
			expect(within(group).getByRole<HTMLInputElement>('checkbox', { name: 'A second MFA device' }).checked).toBe(true),
		);
		expect(group.textContent).not.toContain('Not quite');
		expect(screen.getByText(/Check each answer to build your score out of 2/)).toBeTruthy();
		fireEvent.click(within(group).getByRole('checkbox', { name: 'An authenticator with encrypted cloud backup' }));
		fireEvent.click(within(group).getByRole('button', { name: 'Check answer' }));
		await waitFor(() => expect(group.textContent).toContain('Correct.'));
		expect(store.getState().progress.quizzes['test-quiz']?.answers['backups']?.slice().sort()).toEqual(['a', 'c']);
	});

	it('hides the feedback when the answer changes after checking', async () => {
		renderQuiz();
		const group = question(/Which factors/);
		fireEvent.click(within(group).getByRole('radio', { name: 'Two passwords' }));
		fireEvent.click(within(group).getByRole('button', { name: 'Check answer' }));
		await waitFor(() => expect(group.textContent).toContain('Your choice: incorrect.'));
		fireEvent.click(within(group).getByRole('radio', { name: 'A password and a phone' }));
		await waitFor(() => expect(group.textContent).not.toContain('Your choice: incorrect.'));
	});
});
